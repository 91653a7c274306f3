-- Completed rides only; shared by the archive and the fraud checks.
CREATE VIEW completed_rides AS
SELECT ride_id, driver_id, rider_id, city_id, fare, distance_km, event_time
FROM ride_events
WHERE status = 'COMPLETED';
