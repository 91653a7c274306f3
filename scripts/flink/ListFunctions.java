/*
 * Prints the functions a Flink release defines (its SHOW FUNCTIONS: Flink's built-ins in the default
 * dialect), one upper-cased name a line. test/fixtures/flink-functions/<version>.txt are its output
 * for each release flinkops supports, which test/flink-functions.test.ts holds the built-in table
 * of src/sql/keywords.ts to:
 *
 *   javac -cp "$FLINK_HOME/lib/*" -d /tmp/list-functions scripts/flink/ListFunctions.java
 *   java -cp "/tmp/list-functions:$FLINK_HOME/lib/*" ListFunctions | sort -u \
 *     > test/fixtures/flink-functions/<version>.txt
 *
 * ($FLINK_HOME: an unpacked distribution, e.g. the lib/ of the apache-flink-libraries package of
 * that release; releases before 1.18 on Java 17 need --add-opens java.base/java.lang=ALL-UNNAMED
 * --add-opens java.base/java.util=ALL-UNNAMED.)
 */
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;

public class ListFunctions {
  public static void main(String[] args) {
    TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
    for (String name : env.listFunctions()) System.out.println(name.toUpperCase());
  }
}
