-- Rides and revenue per city, per one-minute tumbling window.
INSERT INTO city_ride_stats
SELECT
  city_id,
  window_start,
  window_end,
  COUNT(*) AS rides,
  COUNT(*) FILTER (WHERE status = 'COMPLETED') AS completed_rides,
  SUM(CASE WHEN status = 'COMPLETED' THEN fare ELSE 0 END) AS revenue
FROM TABLE(
  TUMBLE(TABLE ride_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)
)
GROUP BY city_id, window_start, window_end;
