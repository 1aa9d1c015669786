package org.vdkg.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.intake.Suggestions.Candidate;
import org.vdkg.intake.Suggestions.Known;
import org.vdkg.intake.Suggestions.NewName;
import org.vdkg.intake.Suggestions.Paragraph;
import org.vdkg.intake.Suggestions.Report;

/** The suggestions as a review list (text or JSON) and as proposals ({@code data/proposals/<source>.yaml}). */
public final class SuggestionOutput {

    private SuggestionOutput() {
    }

    /** The review list, one block per paragraph that has something to review. */
    public static List<String> text(Report r) {
        List<String> lines = new ArrayList<>();
        long withSomething = r.items().stream().filter(p -> !p.isEmpty()).count();
        lines.add(r.source() + ": " + r.paragraphs() + " paragraphs, " + withSomething + " with suggestions");
        for (Paragraph p : r.items()) {
            if (p.isEmpty()) {
                continue;
            }
            lines.add("paragraph " + p.paragraph() + " (" + p.firstWords() + ")" + (p.cited() ? " [cited]" : ""));
            if (!p.known().isEmpty()) {
                lines.add("  known: " + p.known().stream().map(k -> k.entity() + " (\"" + k.form() + "\")")
                    .collect(Collectors.joining(", ")));
            }
            for (NewName n : p.newNames()) {
                lines.add("  new name: \"" + n.name() + "\"" + (n.candidates().isEmpty() ? " (no close entity)"
                    : " -> " + n.candidates().stream().map(c -> c.entity() + " " + c.score()).collect(Collectors.joining(", "))));
            }
            if (!p.numbers().isEmpty()) {
                lines.add("  numbers and dates: " + String.join(", ", p.numbers()));
            }
        }
        return lines;
    }

    public static JsonObject json(Report r) {
        JsonObject o = new JsonObject();
        o.put("source", r.source());
        o.put("paragraphs", r.paragraphs());
        JsonArray items = new JsonArray();
        for (Paragraph p : r.items()) {
            JsonObject i = new JsonObject();
            i.put("paragraph", p.paragraph());
            i.put("firstWords", p.firstWords());
            i.put("cited", p.cited());
            JsonArray known = new JsonArray();
            for (Known k : p.known()) {
                JsonObject x = new JsonObject();
                x.put("entity", k.entity());
                x.put("form", k.form());
                known.add(x);
            }
            i.put("known", known);
            JsonArray names = new JsonArray();
            for (NewName n : p.newNames()) {
                JsonObject x = new JsonObject();
                x.put("name", n.name());
                JsonArray cs = new JsonArray();
                for (Candidate c : n.candidates()) {
                    JsonObject y = new JsonObject();
                    y.put("entity", c.entity());
                    y.put("name", c.name());
                    y.put("score", c.score());
                    cs.add(y);
                }
                x.put("candidates", cs);
                names.add(x);
            }
            i.put("newNames", names);
            JsonArray nums = new JsonArray();
            p.numbers().forEach(nums::add);
            i.put("numbers", nums);
            items.add(i);
        }
        o.put("items", items);
        return o;
    }

    /**
     * Proposals for the paragraphs that no claim cites yet and that have something to review: each with
     * {@code status: proposed}, what was found, and a claim to complete ({@code kind: statement} naming the known
     * entities as its subject) before {@code vdkg accept} moves it into the claims file.
     *
     * @param claimIds the ids the claims file already uses, which a proposed claim's id avoids
     */
    public static String proposals(Report r, Set<String> claimIds) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Proposals of 'vdkg suggest ").append(r.source()).append(" --proposals'. The build never loads this folder.\n")
          .append("# Review a proposal: choose its claim's kind and keys (data/README.md), complete them in your own words,\n")
          .append("# then 'vdkg accept ").append(r.source()).append(" <id>' validates the claim and moves it into\n")
          .append("# data/claims/").append(r.source()).append(".yaml (the proposal is then marked 'status: accepted').\n")
          .append("source: ").append(r.source()).append('\n')
          .append("proposals:");
        List<String> taken = new ArrayList<>(claimIds);
        boolean any = false;
        for (Paragraph p : r.items()) {
            if (p.cited() || p.isEmpty()) {
                continue;
            }
            any = true;
            sb.append("\n\n  - id: p").append(p.paragraph()).append('\n')
              .append("    status: proposed\n")
              .append("    paragraph: ").append(p.paragraph()).append('\n');
            if (!p.known().isEmpty()) {
                sb.append("    mentions: ").append(YamlText.flow("mentions", p.known().stream()
                    .map(k -> (Object) new LinkedHashMap<String, Object>(Map.of("entity", k.entity(), "form", k.form()))).toList()))
                    .append('\n');
            }
            if (!p.newNames().isEmpty()) {
                sb.append("    new_names: ").append(YamlText.flow("new_names", p.newNames().stream()
                    .map(n -> (Object) n.name()).toList())).append('\n');
            }
            if (!p.numbers().isEmpty()) {
                sb.append("    numbers: ").append(YamlText.flow("numbers", p.numbers().stream().map(n -> (Object) n).toList()))
                    .append('\n');
            }
            List<String> subject = p.known().stream().map(Known::entity).toList();
            String base = "statement" + subject.stream().limit(2).map(s -> "-" + s).collect(Collectors.joining()) + "-p" + p.paragraph();
            String id = base;
            for (int n = 2; taken.contains(id); n++) {
                id = base + "-" + n;
            }
            taken.add(id);
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("id", id);
            claim.put("kind", "statement");
            claim.put("paragraph", String.valueOf(p.paragraph()));
            if (!subject.isEmpty()) {
                claim.put("subject", new ArrayList<Object>(subject));
            }
            sb.append("    claim:\n");
            claim.forEach((k, v) -> sb.append("      ").append(k).append(": ").append(YamlText.flow(k, v)).append('\n'));
            sb.append("      # summary: \"what the paragraph states, in your own words\"\n");
        }
        if (!any) {
            sb.append(" []");
        }
        return sb.append('\n').toString();
    }
}
