package com.example.rides.udf;

import java.math.BigDecimal;
import org.apache.flink.table.annotation.DataTypeHint;
import org.apache.flink.table.functions.ScalarFunction;

/** fare_bucket(fare): "low" under 10, "medium" under 30, else "high"; NULL stays NULL. */
public class FareBucket extends ScalarFunction {
  private static final BigDecimal LOW = BigDecimal.valueOf(10);
  private static final BigDecimal MEDIUM = BigDecimal.valueOf(30);

  public String eval(@DataTypeHint("DECIMAL(38, 18)") BigDecimal fare) {
    if (fare == null) return null;
    if (fare.compareTo(LOW) < 0) return "low";
    if (fare.compareTo(MEDIUM) < 0) return "medium";
    return "high";
  }
}
