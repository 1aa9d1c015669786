/** Validation rules over the curated facts: each rule has a stable id, and all problems are collected in one run. */
package org.vdkg.validate;
