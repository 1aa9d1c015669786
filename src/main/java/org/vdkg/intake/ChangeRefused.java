package org.vdkg.intake;

import java.util.List;
import org.vdkg.problem.Problem;
import org.vdkg.problem.UserException;

/** A change the checks refused: its problems (file:line or FILE.csv:row:column, rule id, fix); nothing was written. */
public final class ChangeRefused extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ChangeRefused(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " error(s); nothing written");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
