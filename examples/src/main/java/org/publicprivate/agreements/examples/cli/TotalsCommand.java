package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.QuantityUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agreements totals FILE...}: what the documents pledge and what they report achieved, in
 * one table: each document's {@link Agreement#totalPledged()}, {@link Agreement#pledged(QuantityUnit)}
 * for each unit and beside it {@link Agreement#achieved(QuantityUnit)}, and the sum over all
 * documents. The text table shows the achieved columns when some document holds a progress report.
 *
 * <p>Quantities of {@link QuantityUnit#OTHER} are left out: their labels say what each counts (MW,
 * km…), so their sum means nothing. The text table shows the units some document pledges; the JSON
 * gives every other unit. A file that does not read, or whose sums exceed a {@code long}, is one
 * line on standard error and exit status 2, and no table is printed: a total that leaves out a
 * document would mislead.
 */
@Command(name = "totals", mixinStandardHelpOptions = true,
    description = "Sums what the documents pledge (money and each unit of quantity) and what their"
        + " latest progress reports achieve, per document and over all of them, in one table.")
final class TotalsCommand implements Callable<Integer> {
  /** How the table is printed. */
  enum Format {
    text,
    json
  }

  /** The units summed: every unit but OTHER, whose quantities count different things. */
  private static final List<QuantityUnit> UNITS = List.copyOf(
      EnumSet.complementOf(EnumSet.of(QuantityUnit.OTHER)));

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Documents to total; - reads standard input.")
  List<String> files;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text for people (the default), json for machines.")
  Format format;

  @Mixin LocaleOption locale;

  /**
   * One row of the table: a document's, or the total's; {@code reported} when it holds a progress
   * report.
   */
  private record Row(String name, long won, long[] units, long[] achieved, boolean reported) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Documents documents = new Documents(System.in);
    List<Row> rows = new ArrayList<>();
    boolean unreadable = false;
    for (String file : files) {
      try {
        Agreement agreement = documents.read(file);
        long[] units = new long[UNITS.size()];
        long[] achieved = new long[UNITS.size()];
        for (int u = 0; u < units.length; u++) {
          units[u] = agreement.pledged(UNITS.get(u));
          achieved[u] = agreement.achieved(UNITS.get(u));
        }
        boolean reported = agreement.commitments().stream()
            .anyMatch(commitment -> !commitment.progress().isEmpty());
        rows.add(new Row(file, agreement.totalPledged().won(), units, achieved, reported));
      } catch (Documents.UnreadableException e) {
        err.println(e.getMessage());
        unreadable = true;
      } catch (ArithmeticException e) {
        err.println(file + ": cannot total: " + e.getMessage());
        unreadable = true;
      }
    }
    if (unreadable) {
      return AgreementsCommand.UNREADABLE;
    }
    Row total;
    try {
      total = total(rows);
    } catch (ArithmeticException e) {
      err.println("agreements totals: " + e.getMessage());
      return AgreementsCommand.UNREADABLE;
    }
    if (format == Format.json) {
      printJson(rows, total);
    } else {
      printTable(rows, total);
    }
    return AgreementsCommand.OK;
  }

  private static Row total(List<Row> rows) {
    long won = 0;
    long[] units = new long[UNITS.size()];
    long[] achieved = new long[UNITS.size()];
    boolean reported = false;
    for (Row row : rows) {
      won = add(won, row.won(), "won");
      for (int u = 0; u < units.length; u++) {
        units[u] = add(units[u], row.units()[u], UNITS.get(u).name());
        achieved[u] = add(achieved[u], row.achieved()[u], "achieved " + UNITS.get(u).name());
      }
      reported |= row.reported();
    }
    return new Row("", won, units, achieved, reported);
  }

  private static long add(long sum, long value, String what) {
    long next = sum + value; // both at least zero: an overflow turns the sum negative
    if (next < 0) {
      throw new ArithmeticException(String.format(Locale.ROOT,
          "the total of %s over the files exceeds %,d", what, Long.MAX_VALUE));
    }
    return next;
  }

  private void printJson(List<Row> rows, Row total) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ArrayNode list = root.putArray("documents");
    for (Row row : rows) {
      fill(list.addObject().put("file", row.name()), row);
    }
    fill(root.putObject("total"), total);
    spec.commandLine().getOut().println(root.toPrettyString());
  }

  private static void fill(ObjectNode node, Row row) {
    node.putObject("totalPledged").put("amount", row.won()).put("currency", "KRW");
    ObjectNode pledged = node.putObject("pledged");
    ObjectNode achieved = node.putObject("achieved");
    for (int u = 0; u < UNITS.size(); u++) {
      pledged.put(UNITS.get(u).name(), row.units()[u]);
      achieved.put(UNITS.get(u).name(), row.achieved()[u]);
    }
  }

  private void printTable(List<Row> rows, Row total) {
    boolean korean = "ko".equals(locale.locale().getLanguage());
    Set<Integer> shown = new TreeSet<>();
    for (int u = 0; u < UNITS.size(); u++) {
      if (total.units()[u] > 0 || total.achieved()[u] > 0) {
        shown.add(u);
      }
    }
    List<String[]> cells = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(korean ? "파일" : "file");
    header.add(korean ? "약정 금액" : "pledged (KRW)");
    for (int u : shown) {
      QuantityUnit unit = UNITS.get(u);
      header.add(korean ? unit.koreanName() + "(" + unit.suffix() + ")"
          : unit.name() + " (" + unit.suffix() + ")");
      if (total.reported()) {
        header.add(korean ? "달성(" + unit.suffix() + ")" : "achieved (" + unit.suffix() + ")");
      }
    }
    cells.add(header.toArray(new String[0]));
    List<Row> all = new ArrayList<>(rows);
    all.add(new Row(korean ? "합계" : "total", total.won(), total.units(), total.achieved(),
        total.reported()));
    for (Row row : all) {
      List<String> line = new ArrayList<>();
      line.add(row.name());
      line.add(MoneyAmount.ofWon(row.won()).toKoreanString());
      for (int u : shown) {
        line.add(String.format(Locale.ROOT, "%,d", row.units()[u]));
        if (total.reported()) {
          line.add(String.format(Locale.ROOT, "%,d", row.achieved()[u]));
        }
      }
      cells.add(line.toArray(new String[0]));
    }
    PrintWriter out = spec.commandLine().getOut();
    int columns = header.size();
    int[] widths = new int[columns];
    for (String[] line : cells) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(line[c]));
      }
    }
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String pad = " ".repeat(widths[c] - width(line[c]));
        if (c == 0) {
          text.append(line[c]).append(pad);
        } else {
          text.append("  ").append(pad).append(line[c]);
        }
      }
      out.println(text.toString().stripTrailing());
    }
  }

  /** The columns a text takes in a terminal: Hangul and other wide characters take two. */
  private static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return width;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
