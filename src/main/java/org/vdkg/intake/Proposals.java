package org.vdkg.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.UserException;
import org.vdkg.read.CurationReader;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YamlReader;

/**
 * The proposals of {@code data/proposals/<source>.yaml}: written by {@code vdkg suggest --proposals}, never loaded
 * by the build; {@code vdkg accept} validates one proposal's claim and moves it into the claims file.
 */
public final class Proposals {

    private Proposals() {
    }

    /** The project-relative path of a source's proposals file. */
    public static String file(String sourceId) {
        return "data/proposals/" + sourceId + ".yaml";
    }

    /**
     * Writes the proposals of {@code report} and returns the file's path. An existing proposals file is never
     * replaced: it may hold edited or accepted proposals.
     */
    public static String write(ProjectLayout layout, Suggestions.Report report) {
        if (Files.exists(layout.root().resolve(file(report.source())))) {
            throw new UserException(file(report.source()) + " exists and may hold reviewed proposals: accept what you"
                + " want of it, then delete it to propose again");
        }
        List<Problem> reading = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), reading);
        String text = SuggestionOutput.proposals(report, claimIds(c, report.source()));
        new ProjectChange(layout, Optional.empty()).put(file(report.source()), text).write();
        return file(report.source());
    }

    private static Set<String> claimIds(Curation c, String sourceId) {
        Set<String> ids = new java.util.HashSet<>();
        for (ClaimsFile f : c.claimsFiles()) {
            if (sourceId.equals(f.sourceId())) {
                f.claims().stream().map(r -> r.id()).filter(java.util.Objects::nonNull).forEach(ids::add);
            }
        }
        return ids;
    }

    /**
     * Moves the claim of proposal {@code proposalId} into {@code data/claims/<source>.yaml}, under its paragraph, and
     * marks the proposal accepted; the claim's problems are reported at its lines in the proposals file.
     *
     * @return the id of the claim added
     * @throws ChangeRefused when the claim does not validate; nothing is written then
     */
    public static String accept(ProjectLayout layout, String sourceId, String proposalId, Optional<Path> texts, String base) {
        String rel = file(sourceId);
        Path path = layout.root().resolve(rel);
        if (!Files.isRegularFile(path)) {
            throw new UserException("no " + rel + "; run 'vdkg suggest " + sourceId + " --proposals' first");
        }
        List<Problem> problems = new ArrayList<>();
        Optional<YNode> doc = YamlReader.read(path, rel, problems);
        if (!problems.isEmpty()) {
            throw new ChangeRefused(problems);
        }
        YMap proposal = doc.filter(YMap.class::isInstance).map(YMap.class::cast)
            .map(m -> org.vdkg.read.CurationReader.listOfMaps(m, "proposals", true, problems)).orElse(List.of())
            .stream().filter(p -> p.text("id").filter(proposalId::equals).isPresent()).findFirst()
            .orElseThrow(() -> new UserException("no proposal '" + proposalId + "' in " + rel));
        String status = proposal.text("status").orElse("");
        if (!status.equals("proposed")) {
            throw new UserException("proposal '" + proposalId + "' is " + (status.isEmpty() ? "without status" : status)
                + ", not proposed; only a proposed one can be accepted");
        }
        YMap claim = proposal.get("claim").filter(YMap.class::isInstance).map(YMap.class::cast)
            .orElseThrow(() -> new UserException(rel + ":" + proposal.pos().line() + ": proposal '" + proposalId
                + "' has no 'claim:' map to accept"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) YamlText.plain(claim);
        String claimsRel = "data/claims/" + sourceId + ".yaml";
        Path claimsPath = layout.root().resolve(claimsRel);
        String before = Files.isRegularFile(claimsPath) ? NewSource.readProjectFile(claimsPath)
            : ClaimsFileEdit.empty(sourceId);
        ClaimsFileEdit<Position> edit = new ClaimsFileEdit<>(before);
        List<Position> origins = new ArrayList<>();
        values.keySet().forEach(k -> origins.add(claim.entries().get(k).keyPos()));
        int paragraph = Values.firstInt(values.get("paragraph"));
        edit.insert(YamlText.claimLines(values), origins, paragraph);
        String[] lines = NewSource.readProjectFile(path).split("\n", -1);
        int statusLine = proposal.entries().get("status").keyPos().line() - 1;
        lines[statusLine] = lines[statusLine].replaceFirst("status:\\s*proposed", "status: accepted");
        ProjectChange change = new ProjectChange(layout, texts).put(claimsRel, edit.text()).put(rel, String.join("\n", Arrays.asList(lines)));
        List<Problem> checked = new ArrayList<>();
        for (Problem p : change.validate(base)) {
            Position at = p.file().equals(claimsRel) ? edit.origin(p.line()) : null;
            checked.add(at == null ? p : new Problem(p.severity(), p.id(), rel, at.line(), at.column(), p.message(), p.hint()));
        }
        if (checked.stream().anyMatch(Problem::isError)) {
            throw new ChangeRefused(checked);
        }
        change.write();
        return String.valueOf(values.get("id"));
    }

    /** Small readers of plain values. */
    private static final class Values {
        static int firstInt(Object v) {
            Object first = v instanceof List<?> l && !l.isEmpty() ? l.get(0) : v;
            return first instanceof String s ? org.vdkg.yaml.Values.integer(s).orElse(0) : 0;
        }
    }
}
