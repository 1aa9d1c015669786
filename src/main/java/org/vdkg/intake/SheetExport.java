package org.vdkg.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimKinds;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Suggest;
import org.vdkg.problem.UserException;
import org.vdkg.read.CurationReader;
import org.vdkg.yaml.YMap;

/**
 * {@code vdkg export-csv}: the template of one claim kind (its header row) and, for a source, its claims of that kind,
 * one row each, as RFC 4180 CSV for a spreadsheet or OpenRefine. A cell a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed with {@code '}, which {@code import-csv} takes off again.
 */
public final class SheetExport {

    private SheetExport() {
    }

    /** The claim kind named {@code kind}, or a user error listing the kinds. */
    public static ClaimKind kind(String kind) {
        return ClaimKinds.forKind(kind).orElseThrow(() -> new UserException("unknown claim kind '" + kind + "'"
            + Suggest.closest(kind, ClaimKinds.kinds()).map(s -> " (did you mean '" + s + "'?)").orElse("")
            + "; the kinds are " + String.join(", ", ClaimKinds.kinds())));
    }

    /**
     * Writes the sheet to {@code out}.
     *
     * @param sourceId the source whose claims fill the rows; empty for the bare template
     * @return the number of claim rows written
     */
    public static int write(ProjectLayout layout, String kind, Optional<String> sourceId, OutputStream out) throws IOException {
        ClaimSheet sheet = new ClaimSheet(kind(kind));
        List<YMap> claims = new ArrayList<>();
        if (sourceId.isPresent()) {
            List<Problem> reading = new ArrayList<>();
            Curation c = CurationReader.read(layout.root(), reading);
            if (c.sources().stream().noneMatch(s -> sourceId.get().equals(s.id()))) {
                throw new UserException("no source '" + sourceId.get() + "' in data/sources.yaml");
            }
            for (ClaimsFile f : c.claimsFiles()) {
                String sid = f.sourceId();
                if (sid.equals(sourceId.get())) {
                    f.claims().stream().filter(r -> kind.equals(r.kind())).map(f::written).forEach(claims::add);
                }
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        printer.printRecord(sheet.header());
        for (YMap r : claims) {
            printer.printRecord(sheet.row(ClaimSheet.plain(r)).stream().map(SheetExport::defused).toList());
        }
        printer.flush();
        return claims.size();
    }

    /** A cell that a spreadsheet would evaluate, made text with a leading apostrophe (OWASP's advice for CSV injection). */
    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
