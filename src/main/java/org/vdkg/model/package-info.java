/** The curated facts as records (sources, works, entities, claims), the claim kinds with their fields and value types, time spans, the gazetteer choices, the origins of values from outside the articles, and the source texts with name matching. */
package org.vdkg.model;
