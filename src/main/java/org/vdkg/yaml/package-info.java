/** YAML read into a tree that keeps the file, line and column of every value, with hostile input refused. */
package org.vdkg.yaml;
