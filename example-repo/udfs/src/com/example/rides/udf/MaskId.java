package com.example.rides.udf;

import org.apache.flink.table.functions.ScalarFunction;

/** mask_id(id): every character but the last four replaced by '*'; NULL stays NULL. */
public class MaskId extends ScalarFunction {
  public String eval(String id) {
    if (id == null) return null;
    int keep = Math.min(4, id.length());
    return "*".repeat(id.length() - keep) + id.substring(id.length() - keep);
  }
}
