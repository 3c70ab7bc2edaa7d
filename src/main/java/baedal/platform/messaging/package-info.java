/**
 * Events across deployments: externalising the events marked {@code @Externalized} to Kafka (topic per module, key =
 * aggregate id) through the event publication registry, and relaying them back into local application events where a
 * module runs on its own.
 */
@NullMarked
package baedal.platform.messaging;

import org.jspecify.annotations.NullMarked;
