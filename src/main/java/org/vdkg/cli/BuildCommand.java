package org.vdkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg build}: validates, then replaces the database atomically. */
final class BuildCommand implements Command {

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "Validate, then build the TDB2 database atomically (on errors the old database stays).";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.ROOT).addOption(CommonOptions.DB).addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        Path db = CommonOptions.db(line, ctx, layout);
        BuildResult result = new DatabaseBuilder(ctx.version()).build(layout, CommonOptions.base(line), db);
        return report(result, ctx);
    }

    /** Prints a build's problems and outcome; shared with {@code serve}. */
    static Outcome report(BuildResult result, CommandContext ctx) {
        ProblemReport.print(result.problems(), ctx.err());
        if (result.hasErrors()) {
            ctx.err().println("vdkg: " + ProblemReport.summary(result.problems()) + "; database not changed: "
                    + CommonOptions.show(result.database(), ctx));
            return Outcome.DATA_ERRORS;
        }
        ctx.err().println("vdkg: built " + CommonOptions.show(result.database(), ctx) + ": " + result.totalTriples()
                + " triples in " + result.tripleCounts().size() + " graphs ("
                + ProblemReport.summary(result.problems()) + ")");
        return Outcome.OK;
    }
}
