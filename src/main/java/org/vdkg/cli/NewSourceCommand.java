package org.vdkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.intake.ChangeRefused;
import org.vdkg.intake.NewSource;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg new-source FILE --id ID}: records a new article and starts its claims file. */
final class NewSourceCommand implements Command {

    static final Option ID = Option.builder().longOpt("id").hasArg().argName("ID")
            .desc("the source's id: a slug, also the name of data/claims/ID.yaml").get();
    static final Option CURATOR = Option.builder().longOpt("curator").hasArg().argName("NAME")
            .desc("the curator named in the claims file (default: vdkg curators)").get();

    @Override
    public String name() {
        return "new-source";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String summary() {
        return "Add an article (its text FILE stays outside) to data/sources.yaml and start data/claims/ID.yaml.";
    }

    @Override
    public Options options() {
        Options o = new Options().addOption(ID);
        for (String f : NewSource.FIELDS) {
            o.addOption(Option.builder().longOpt(f).hasArg().argName(f.equals("published") ? "YYYY-MM-DD" : f.equals("language")
                    ? "TAG" : "TEXT").desc("the article's " + f + " as printed (default: read from the text for the language,"
                    + " else unknown)").get());
        }
        return o.addOption(CURATOR).addOption(CommonOptions.TEXTS).addOption(CommonOptions.ROOT).addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        if (!line.hasOption(ID)) {
            throw new UsageException("missing --id ID: the new source's id");
        }
        String file = CommonOptions.argument(line, 0, "FILE: the article's text file");
        Map<String, String> given = new LinkedHashMap<>();
        NewSource.FIELDS.forEach(f -> given.put(f, line.getOptionValue(f)));
        NewSource.Result r;
        try {
            r = NewSource.add(layout, ctx.resolve(file), line.getOptionValue(ID), CommonOptions.texts(line, ctx, layout), given,
                    line.getOptionValue(CURATOR, "vdkg curators"), CommonOptions.base(line));
        } catch (ChangeRefused e) {
            return ProblemReport.refused(e, ctx.err());
        }
        ProblemReport.print(r.warnings(), ctx.err());
        ctx.out().println(r.id() + ": " + r.paragraphs() + " paragraphs; added to data/sources.yaml; wrote " + r.claimsFile()
                + " with one header per paragraph");
        if (!r.textInTexts()) {
            ctx.err().println("vdkg: note: the texts folder has no " + ctx.resolve(file).getFileName() + ": put the text there"
                    + " (or pass --texts DIR) for suggest and coverage to find it");
        }
        return Outcome.OK;
    }
}
