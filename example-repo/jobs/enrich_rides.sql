-- Each ride event with the driver as of the event (lookup join on the JDBC table).
INSERT INTO enriched_rides
SELECT
  r.ride_id,
  r.status,
  r.city_id,
  r.driver_id,
  d.name AS driver_name,
  d.rating AS driver_rating,
  d.vehicle_type,
  r.fare,
  fare_bucket(r.fare) AS fare_bucket,
  r.event_time
FROM ride_events AS r
JOIN drivers FOR SYSTEM_TIME AS OF r.proc_time AS d
  ON r.driver_id = d.driver_id;
