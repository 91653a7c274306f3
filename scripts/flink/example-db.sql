-- example-repo's database on the local stack (flink:up --with postgres), run by psql with
-- -v password=... : the drivers lookup table (tables/drivers.yaml) with a few drivers, the
-- latest_ride_status sink table (tables/latest_ride_status.yaml), and the two users the tables
-- log in as, each allowed only what its table needs.
CREATE ROLE flink_reader LOGIN PASSWORD :'password';
CREATE ROLE flink_writer LOGIN PASSWORD :'password';
CREATE DATABASE drivers;
\connect drivers

CREATE TABLE public.drivers (
  driver_id    BIGINT PRIMARY KEY,
  name         TEXT,
  city_id      INT,
  rating       DOUBLE PRECISION,
  vehicle_type TEXT
);
INSERT INTO public.drivers VALUES
  (1, 'Ada Lovelace',     1, 4.9, 'sedan'),
  (2, 'Alan Turing',      1, 4.7, 'van'),
  (3, 'Grace Hopper',     2, 4.8, 'sedan'),
  (4, 'Edsger Dijkstra',  2, 4.5, 'bike'),
  (5, 'Barbara Liskov',   3, 4.95, 'sedan'),
  (6, 'Donald Knuth',     3, 4.6, 'van'),
  (7, 'Frances Allen',    1, 4.85, 'bike'),
  (8, 'John Backus',      2, 4.4, 'sedan');

-- Upserted by ride_id: the JDBC sink writes INSERT ... ON CONFLICT (ride_id) DO UPDATE.
CREATE TABLE public.latest_ride_status (
  ride_id    TEXT PRIMARY KEY,
  status     TEXT,
  driver_id  BIGINT,
  updated_at TIMESTAMPTZ
);

GRANT CONNECT ON DATABASE drivers TO flink_reader, flink_writer;
GRANT SELECT ON public.drivers TO flink_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.latest_ride_status TO flink_writer;
