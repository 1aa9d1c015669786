package org.vdkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.vdkg.intake.ChangeRefused;
import org.vdkg.intake.Proposals;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg accept ID PROPOSAL}: moves a reviewed proposal's claim into the claims file. */
final class AcceptCommand implements Command {

    @Override
    public String name() {
        return "accept";
    }

    @Override
    public String arguments() {
        return "ID PROPOSAL";
    }

    @Override
    public int maxArguments() {
        return 2;
    }

    @Override
    public String summary() {
        return "Validate the claim of a proposal of data/proposals/ID.yaml and move it into data/claims/ID.yaml.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.TEXTS).addOption(CommonOptions.ROOT).addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        String id = CommonOptions.argument(line, 0, "ID: the id of a source");
        String proposal = CommonOptions.argument(line, 1, "PROPOSAL: the id of a proposal of data/proposals/ID.yaml");
        try {
            String claim = Proposals.accept(layout, id, proposal, CommonOptions.texts(line, ctx, layout), CommonOptions.base(line));
            ctx.out().println("accepted " + proposal + ": claim " + claim + " added to data/claims/" + id + ".yaml");
            return Outcome.OK;
        } catch (ChangeRefused e) {
            return ProblemReport.refused(e, ctx.err());
        }
    }
}
