/**
 * Validation rules over the curated facts: each rule has a stable id, and all problems are collected in one run (a
 * claim's reading problems with them); claim values check themselves through {@code ClaimRules}' ValueChecks.
 */
package org.vdkg.validate;
