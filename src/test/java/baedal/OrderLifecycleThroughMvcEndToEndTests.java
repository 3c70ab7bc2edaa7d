package baedal;

import org.springframework.test.context.TestPropertySource;

/** The order lifecycle with the fast routes switched off: every request goes through Spring Security and MVC. */
@TestPropertySource(properties = "baedal.web.fast-routes=false")
class OrderLifecycleThroughMvcEndToEndTests extends OrderLifecycleEndToEndTests {}
