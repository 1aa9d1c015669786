/** Problems found in the user's files or arguments: the located problem, the rule ids of docs/errors.md, "did you mean" suggestions. */
package org.vdkg.problem;
