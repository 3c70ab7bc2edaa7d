package baedal.kernel;

import java.util.Map;

/**
 * A refusal that carries more than its message: named values a client can act on (the option group a choice broke,
 * the amount still missing). Whatever answers the refusal passes them on beside the message.
 */
public interface ProblemFields {

    Map<String, Object> problemFields();
}
