package org.vdkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.intake.SheetExport;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg export-csv KIND}: the sheet template of a claim kind, with a source's claims of that kind. */
final class ExportCsvCommand implements Command {

    static final Option SOURCE = Option.builder().longOpt("source").hasArg().argName("ID")
            .desc("fill the sheet with this source's claims of the kind (default: the template alone)").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("write the sheet to FILE (default: standard output)").get();

    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public String arguments() {
        return "KIND";
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String summary() {
        return "Write the CSV template of a claim kind (and a source's claims of it) for a spreadsheet or OpenRefine.";
    }

    @Override
    public Options options() {
        return new Options().addOption(SOURCE).addOption(OUT).addOption(CommonOptions.ROOT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) throws Exception {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        String kind = CommonOptions.argument(line, 0, "KIND: a claim kind (aid, training, visit, ...)");
        SheetExport.kind(kind);
        Optional<String> source = Optional.ofNullable(line.getOptionValue(SOURCE));
        if (line.hasOption(OUT)) {
            Path out = ctx.resolve(line.getOptionValue(OUT));
            int n = AtomicFile.write(out, os -> SheetExport.write(layout, kind, source, os));
            ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx) + ": the " + kind + " template and " + n + " claim(s)");
        } else {
            SheetExport.write(layout, kind, source, ctx.out());
            ctx.out().flush();
        }
        return Outcome.OK;
    }
}
