-- One job, two sinks: archive completed rides and flag suspicious fares.
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO ride_archive
  SELECT
    ride_id,
    mask_id(CAST(rider_id AS STRING)) AS rider_id,
    driver_id,
    city_id,
    fare,
    distance_km,
    CAST(event_time AS TIMESTAMP(3)) AS event_time,
    DATE_FORMAT(event_time, 'yyyy-MM-dd') AS dt
  FROM completed_rides;

  INSERT INTO fraud_alerts
  SELECT
    ride_id,
    driver_id,
    fare,
    distance_km,
    'fare per km above 20' AS reason,
    event_time
  FROM completed_rides
  WHERE distance_km > 0 AND fare / distance_km > 20;
END;
