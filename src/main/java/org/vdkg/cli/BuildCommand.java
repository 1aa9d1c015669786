package org.vdkg.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.BuildStamp;

/** {@code vdkg build}: validates, then replaces the database atomically. */
final class BuildCommand implements Command {

    static final Option RELEASE_LABEL = Option.builder().longOpt("release-label").hasArg().argName("L")
            .desc("name the database's release L (letters, digits, '.', '_', '+', '-'; at most 64), recorded in its build "
                    + "stamp and reported by a server's /$/ready (default: none, the input hash is reported)").get();
    /** Release labels go into a properties file, JSON answers and file names of deployments: a plain token only. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

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
        return new Options().addOption(CommonOptions.ROOT).addOption(CommonOptions.DB).addOption(CommonOptions.BASE).addOption(RELEASE_LABEL);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        Path db = CommonOptions.db(line, ctx, layout);
        String label = line.getOptionValue(RELEASE_LABEL);
        if (label != null && !LABEL.matcher(label).matches()) {
            throw new UsageException("--release-label must be 1 to 64 letters, digits, '.', '_', '+' or '-', starting "
                    + "with a letter or digit");
        }
        BuildResult result = new DatabaseBuilder(ctx.version()).build(layout, CommonOptions.base(line), db);
        Outcome outcome = report(result, ctx);
        if (outcome == Outcome.OK && label != null) {
            // The stamp is replaced atomically, so the database stays complete; the label changes no answer's data.
            BuildStamp.read(result.database()).orElseThrow().withRelease(label).write(result.database());
        }
        return outcome;
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
                + ProblemReport.summary(result.problems()) + ")"
                + (result.reusedSources() > 0 ? "; " + result.reusedSources() + " unchanged sources taken from the last build" : ""));
        return Outcome.OK;
    }
}
