-- Deduplication: keep the newest event per ride.
INSERT INTO latest_ride_status
SELECT ride_id, status, driver_id, event_time AS updated_at
FROM (
  SELECT
    ride_id,
    status,
    driver_id,
    event_time,
    ROW_NUMBER() OVER (PARTITION BY ride_id ORDER BY event_time DESC) AS rn
  FROM ride_events
)
WHERE rn = 1;
