/** Problems found in the user's files or arguments: the located problem, the rule ids of docs/errors.md, "did you mean" suggestions, and failures of the user's disk worded as their errors. */
package org.vdkg.problem;
