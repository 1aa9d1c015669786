/**
 * The curated facts as records (sources, works, entities, claims read once into typed values), the claim kinds with
 * their fields and value types, the shapes a key's value may take (Shapes), time spans, the gazetteer choices, the
 * origins of values from outside the articles, and the source texts with name matching. One class per value kind
 * lives in {@link org.vdkg.model.value}.
 */
package org.vdkg.model;
