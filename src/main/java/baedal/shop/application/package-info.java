/** Shop use cases: the primary ports and their transactional implementations. */
@NullMarked
package baedal.shop.application;

import org.jspecify.annotations.NullMarked;
