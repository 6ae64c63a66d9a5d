package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.diff.AgreementDiff;
import org.publicprivate.agreements.diff.Change;
import org.publicprivate.agreements.diff.ChangeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agreements diff OLD NEW}: what changed between two versions of an agreement, one line per
 * change ({@link AgreementDiff}): its kind, its JSON path, and the values before and after, as
 * JSON. Parties, commitments, programmes and sources are matched by id, so reordering them alone
 * is no change.
 *
 * <p>Exit status: 0 when the versions hold the same facts (nothing is printed, as {@code diff}
 * does), 1 when they differ, 2 when a file does not read (one line on standard error for each,
 * naming the file, the JSON path and the reason).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Prints what changed between two versions of an agreement: one line per change"
        + " with its JSON path and the values before and after. Parties, commitments, programmes"
        + " and sources are matched by id: reordering them is no change.",
        "Exit status 0 when the versions are the same, 1 when they differ, 2 when a file does not"
        + " read."})
final class DiffCommand implements Callable<Integer> {
  /** How the changes are printed. */
  enum Format {
    text,
    json
  }

  /** Exit status when the two versions differ. */
  static final int DIFFERENT = 1;

  /** The package of the model's types, which the Jackson module writes as JSON values. */
  private static final String MODEL = Agreement.class.getPackageName();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD",
      description = "The earlier version; - reads standard input.")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW",
      description = "The later version; - reads standard input.")
  String newFile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text for people (the default), json for machines.")
  Format format;

  @Mixin LocaleOption locale;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter err = spec.commandLine().getErr();
    Documents documents = new Documents(System.in);
    Agreement before = read(documents, oldFile, err);
    Agreement after = read(documents, newFile, err);
    if (before == null || after == null) {
      return AgreementsCommand.UNREADABLE;
    }
    AgreementDiff diff = AgreementDiff.between(before, after);
    ObjectMapper mapper = documents.mapper();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(diff, mapper).toPrettyString());
    } else {
      boolean korean = "ko".equals(locale.locale().getLanguage());
      for (Change change : diff.changes()) {
        out.println(line(change, korean, mapper));
      }
    }
    return diff.isEmpty() ? AgreementsCommand.OK : DIFFERENT;
  }

  private static Agreement read(Documents documents, String file, PrintWriter err) {
    try {
      return documents.read(file);
    } catch (Documents.UnreadableException e) {
      err.println(e.getMessage());
      return null;
    }
  }

  private ObjectNode json(AgreementDiff diff, ObjectMapper mapper)
      throws JsonProcessingException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("old", oldFile).put("new", newFile);
    ArrayNode changes = root.putArray("changes");
    for (Change change : diff.changes()) {
      ObjectNode node = changes.addObject()
          .put("path", change.path())
          .put("kind", change.kind().name());
      if (change.before().isPresent()) {
        node.set("before", value(change.before().get(), mapper));
      }
      if (change.after().isPresent()) {
        node.set("after", value(change.after().get(), mapper));
      }
    }
    return root;
  }

  private static String line(Change change, boolean korean, ObjectMapper mapper)
      throws JsonProcessingException {
    return label(change.kind(), korean) + "  " + change.path() + ": "
        + text(change.before(), korean, mapper) + " → " + text(change.after(), korean, mapper);
  }

  private static String label(ChangeKind kind, boolean korean) {
    return switch (kind) {
      case ADDED -> korean ? "추가" : "added  ";
      case REMOVED -> korean ? "삭제" : "removed";
      case CHANGED -> korean ? "변경" : "changed";
    };
  }

  private static String text(Optional<Object> value, boolean korean, ObjectMapper mapper)
      throws JsonProcessingException {
    if (value.isEmpty()) {
      return korean ? "(없음)" : "(none)";
    }
    return mapper.writeValueAsString(value(value.get(), mapper));
  }

  /**
   * A value of the model as JSON: the format's own form for the types it writes on their own,
   * arrays for lists, the text of a language tag, and the text of anything else (a date, a
   * status, a status change).
   */
  private static JsonNode value(Object value, ObjectMapper mapper)
      throws JsonProcessingException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof String text) {
      return nodes.textNode(text);
    }
    if (value instanceof Long number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Integer number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return nodes.booleanNode(flag);
    }
    if (value instanceof Locale language) {
      return nodes.textNode(language.toLanguageTag());
    }
    if (value instanceof Collection<?> elements) {
      ArrayNode array = nodes.arrayNode();
      for (Object element : elements) {
        array.add(value(element, mapper));
      }
      return array;
    }
    if (value instanceof Map<?, ?> extensions) {
      ObjectNode object = nodes.objectNode();
      for (Map.Entry<?, ?> extension : extensions.entrySet()) {
        object.set(String.valueOf(extension.getKey()), value(extension.getValue(), mapper));
      }
      return object;
    }
    if (value instanceof ExtensionValue extension) {
      return mapper.readTree(extension.toString());
    }
    if (value instanceof Enum<?> constant) {
      return nodes.textNode(constant.name());
    }
    if (value.getClass().getPackageName().equals(MODEL)) {
      return mapper.valueToTree(value);
    }
    return nodes.textNode(value.toString());
  }
}
