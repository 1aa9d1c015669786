package org.vdkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.intake.ChangeRefused;
import org.vdkg.intake.SheetImport;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg import-csv KIND FILE.csv --source ID}: a sheet of claims into the source's claims file. */
final class ImportCsvCommand implements Command {

    static final Option SOURCE = Option.builder().longOpt("source").hasArg().argName("ID")
            .desc("the source the claims belong to: they are added to data/claims/ID.yaml").get();

    @Override
    public String name() {
        return "import-csv";
    }

    @Override
    public String arguments() {
        return "KIND FILE.csv";
    }

    @Override
    public int maxArguments() {
        return 2;
    }

    @Override
    public String summary() {
        return "Add the claims of a sheet (the template of export-csv) to data/claims/ID.yaml; on any bad cell, nothing.";
    }

    @Override
    public Options options() {
        return new Options().addOption(SOURCE).addOption(CommonOptions.TEXTS).addOption(CommonOptions.ROOT)
                .addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        if (!line.hasOption(SOURCE)) {
            throw new UsageException("missing --source ID: the source whose claims file the sheet adds to");
        }
        String kind = CommonOptions.argument(line, 0, "KIND: a claim kind (aid, training, visit, ...)");
        String file = CommonOptions.argument(line, 1, "FILE.csv: the sheet");
        try {
            SheetImport.Result r = SheetImport.run(layout, kind, ctx.resolve(file), file, line.getOptionValue(SOURCE),
                    CommonOptions.texts(line, ctx, layout), CommonOptions.base(line));
            ProblemReport.print(r.warnings(), ctx.err());
            ctx.out().println("added " + r.ids().size() + " " + kind + " claim(s) to " + r.claimsFile() + ": "
                    + String.join(", ", r.ids()));
            return Outcome.OK;
        } catch (ChangeRefused e) {
            return ProblemReport.refused(e, ctx.err());
        }
    }
}
