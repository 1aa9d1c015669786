package org.vdkg.serve.guard;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpUnfold;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps the server from fetching URLs named in a query, in two independent layers. {@link #callsService} finds
 * {@code SERVICE} anywhere in a query's algebra, sub-queries and {@code EXISTS} in every expression included, so
 * that the endpoint refuses it with 400 before running anything. {@link #forbidIn} turns remote execution off in
 * an ARQ context ({@code arq:httpServiceAllowed false}) and replaces the executors of {@code SERVICE} with one
 * that refuses, so that a query the check missed still makes no request.
 */
public final class ServiceBan {

    static final String REFUSED = "SERVICE (federated query) is not allowed on this endpoint";

    private ServiceBan() {
    }

    /** Whether {@code query} contains {@code SERVICE} at any depth. */
    public static boolean callsService(Query query) {
        return query.getQueryPattern() != null && callsService(Algebra.compile(query));
    }

    static boolean callsService(Op op) {
        Finder f = new Finder();
        f.scan(op);
        return f.found;
    }

    /** Turns every kind of remote {@code SERVICE} execution off in {@code cxt}. */
    public static void forbidIn(Context cxt) {
        cxt.set(Service.httpServiceAllowed, false);
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.add((opExecute, opOriginal, binding, execCxt) -> {
            throw new QueryExecException(REFUSED);
        });
        ServiceExecutorRegistry.set(cxt, refusing);
    }

    /** Walks the operators and, inside them, every expression, entering the patterns of EXISTS and NOT EXISTS. */
    private static final class Finder extends OpVisitorBase {
        boolean found;

        void scan(Op op) {
            if (!found && op != null) {
                OpWalker.walk(op, this);
            }
        }

        void scan(Expr e) {
            if (found || e == null) {
                return;
            }
            if (e instanceof ExprFunctionOp f) {
                scan(f.getGraphPattern());
            }
            if (e instanceof ExprAggregator a) {
                scan(a.getAggregator().getExprList());
            } else if (e instanceof ExprFunction f) {
                f.getArgs().forEach(this::scan);
            }
        }

        void scan(ExprList list) {
            if (list != null) {
                list.forEach(this::scan);
            }
        }

        void scan(VarExprList list) {
            if (list != null) {
                list.forEachExpr((v, e) -> scan(e));
            }
        }

        void scan(List<SortCondition> conditions) {
            conditions.forEach(c -> scan(c.getExpression()));
        }

        @Override
        public void visit(OpService op) {
            found = true;
        }

        @Override
        public void visit(OpFilter op) {
            scan(op.getExprs());
        }

        @Override
        public void visit(OpLeftJoin op) {
            scan(op.getExprs());
        }

        @Override
        public void visit(OpExtend op) {
            scan(op.getVarExprList());
        }

        @Override
        public void visit(OpAssign op) {
            scan(op.getVarExprList());
        }

        @Override
        public void visit(OpUnfold op) {
            scan(op.getExpr());
        }

        @Override
        public void visit(OpOrder op) {
            scan(op.getConditions());
        }

        @Override
        public void visit(OpTopN op) {
            scan(op.getConditions());
        }

        @Override
        public void visit(OpGroup op) {
            scan(op.getGroupVars());
            op.getAggregators().forEach(this::scan);
        }

        @Override
        public void visit(OpProcedure op) {
            scan(op.getArgs());
        }
    }
}
