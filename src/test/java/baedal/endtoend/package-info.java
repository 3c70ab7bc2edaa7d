/**
 * End-to-end tests: the whole application over real HTTP, and where it matters several instances, a real Kafka broker,
 * an H2 server and separate JVMs. Module tests live in each module's package; architecture rules in {@code architecture}.
 */
package baedal.endtoend;
