package org.vdkg.cli;

import java.io.PrintStream;
import java.util.List;
import org.vdkg.problem.Problem;

/** Prints problems one per line and a summary line. */
final class ProblemReport {

    private ProblemReport() {
    }

    static void print(List<Problem> problems, PrintStream err) {
        problems.forEach(p -> err.println(p.format()));
    }

    /** Prints the problems of a refused change and says that nothing was written. */
    static Outcome refused(org.vdkg.intake.ChangeRefused e, java.io.PrintStream err) {
        print(e.problems(), err);
        err.println("vdkg: " + summary(e.problems()) + "; nothing written");
        return Outcome.DATA_ERRORS;
    }

    static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "no problems found";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
