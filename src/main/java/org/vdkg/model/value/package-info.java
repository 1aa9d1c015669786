/**
 * One class per value kind of a claim key (entities, texts, concepts, quantities, item lines, participants, ...): each
 * owns its YAML keys, reads its value once (shape problems go to the claim), checks it through {@link
 * org.vdkg.model.value.ValueChecks} (implemented by the validator), maps it through {@link
 * org.vdkg.model.value.ValueMapping} (implemented by the mapper) and names the entities it refers to.
 */
package org.vdkg.model.value;
