package org.vdkg.serve.guard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;

/**
 * How deeply a query nests (operators of its algebra, functions in its expressions, steps of its property paths),
 * measured without recursion. ARQ compiles and evaluates a query recursively, so whether a very deep one overflows the
 * stack depends on how the JIT has compiled the frames by then: a 5,000-branch UNION fails on a cold server and answers
 * on a warm one. Refusing by depth makes the answer the same every time.
 */
final class QueryDepth {

    /** Deeper than this is refused; the saved queries nest at most a few dozen levels. */
    static final int LIMIT = 1_000;

    private QueryDepth() {
    }

    /** The nesting depth of {@code query}; at least {@link #LIMIT} + 1 once it is known to be deeper than that. */
    static int of(Query query) {
        Op op = Algebra.compile(query);
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {op, 1});
        int max = 0;
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            int depth = (Integer) next[1];
            max = Math.max(max, depth);
            if (max > LIMIT) {
                return max;
            }
            for (Object child : children(next[0])) {
                todo.push(new Object[] {child, depth + 1});
            }
        }
        return max;
    }

    private static List<?> children(Object node) {
        List<Object> out = new java.util.ArrayList<>();
        if (node instanceof OpFilter f) {
            out.addAll(f.getExprs().getList());
        } else if (node instanceof OpExtend e) {
            out.addAll(e.getVarExprList().getExprs().values());
        } else if (node instanceof OpLeftJoin l && l.getExprs() != null) {
            out.addAll(l.getExprs().getList());
        } else if (node instanceof OpPath p) {
            out.add(p.getTriplePath().getPath());
        }
        if (node instanceof Op1 o) {
            out.add(o.getSubOp());
        } else if (node instanceof Op2 o) {
            out.add(o.getLeft());
            out.add(o.getRight());
        } else if (node instanceof OpN o) {
            out.addAll(o.getElements());
        } else if (node instanceof ExprFunctionOp f) {
            out.add(f.getGraphPattern());
            out.addAll(f.getArgs());
        } else if (node instanceof ExprFunction f) {
            out.addAll(f.getArgs());
        } else if (node instanceof P_Path1 p) {
            out.add(p.getSubPath());
        } else if (node instanceof P_Path2 p) {
            out.add(p.getLeft());
            out.add(p.getRight());
        }
        return out;
    }
}
