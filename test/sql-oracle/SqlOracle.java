import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.validate.FlinkSqlConformance;

/**
 * Flink's own SQL parser as a yes/no oracle. Reads one statement per line on stdin
 * (Base64 of its UTF-8 text) and writes one line per statement on stdout:
 * "ok", or "error<TAB>line:col<TAB>message" (the first line of Flink's message).
 * The parser is configured as Flink's parser tests and the table planner do:
 * FlinkSqlParserImpl with FlinkSqlConformance.DEFAULT, Java lexical rules
 * (backtick quoting, case preserved), parseStmtList. Before it, as Flink's ParserImpl
 * does, the statements its ExtendedParser takes by regular expression (SET / RESET
 * with an unquoted key, CLEAR, HELP, QUIT / EXIT) are accepted when they match.
 */
public final class SqlOracle {
  private SqlOracle() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

  /** The patterns of Flink's ExtendedParser strategies (flink-table-planner, org.apache.flink.table.planner.parse). */
  private static final Pattern[] EXTENDED = {
    Pattern.compile("SET(\\s+(?<key>[^'\\s]+)\\s*=\\s*('(?<quotedVal>[^']*)'|(?<val>[^;\\s]+)))?\\s*;?", FLAGS),
    Pattern.compile("RESET(\\s+(?<key>[^'\\s]+))?\\s*;?", FLAGS),
    Pattern.compile("CLEAR", FLAGS),
    Pattern.compile("HELP", FLAGS),
    Pattern.compile("(QUIT|EXIT)", FLAGS),
  };

  private static boolean extended(String sql) {
    String s = sql.trim();
    for (Pattern p : EXTENDED) {
      if (p.matcher(s).matches()) return true;
    }
    return false;
  }

  public static void main(String[] args) throws Exception {
    SqlParser.Config config =
        SqlParser.config()
            .withParserFactory(FlinkSqlParserImpl.FACTORY)
            .withConformance(FlinkSqlConformance.DEFAULT)
            .withQuoting(Quoting.BACK_TICK)
            .withUnquotedCasing(Casing.UNCHANGED)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true)
            .withIdentifierMaxLength(256);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    String line;
    while ((line = in.readLine()) != null) {
      String sql = new String(Base64.getDecoder().decode(line.trim()), StandardCharsets.UTF_8);
      if (extended(sql)) {
        out.println("ok");
        continue;
      }
      try {
        SqlParser.create(sql, config).parseStmtList();
        out.println("ok");
      } catch (SqlParseException e) {
        String pos = e.getPos() == null ? "0:0" : e.getPos().getLineNum() + ":" + e.getPos().getColumnNum();
        out.println("error\t" + pos + "\t" + firstLine(e.getMessage()));
      } catch (Throwable e) {
        out.println("error\t0:0\t" + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())));
      }
    }
    out.flush();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).replace('\t', ' ').replace('\r', ' ');
  }
}
