package io.hvnet.dsl.validation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The hvnet validator: one rule group per concern, each diagnostic with a stable code from {@link IssueCodes} and,
 * where the fix is obvious, the data a quick fix needs.
 * <p>
 * It calls the groups' {@code @Check} methods as Xtext's declarative validator does (in the same order, the group's
 * state set while its checks run, a check's failure handled by its group), without two costs of Xtext's own method
 * wrapper that were a fifth of validating a 56k-line file (issue #18): a reflective call that asks for access anew
 * each time ({@code Method.setAccessible}), and setting and clearing the group's thread-local state around each check
 * instead of once per element and group. Should a later Xtext keep that state elsewhere, Xtext's wrappers are used
 * ({@link #callsChecksDirectly}, which a test asserts).
 */
@ComposedChecks(validators = { NameRules.class, BindingRules.class, SwitchRules.class, CablingRules.class,
		AddressRules.class, VlanRules.class, ScenarioRules.class, NumberRules.class, PortVlanRules.class,
		RoutingRules.class, TimelineRules.class, DhcpRules.class, NatRules.class, GuestMacRules.class })
public class HvNetValidator extends AbstractHvNetValidator {

	/** AbstractDeclarativeValidator's per-thread state of the element being checked; null if this Xtext has none. */
	private static final Field GROUP_STATE = groupStateField();

	private final Map<Class<?>, List<MethodWrapper>> checksByType = new ConcurrentHashMap<>();

	/** Whether checks are called through method handles, with the group's state set once per element. */
	public static boolean callsChecksDirectly() {
		return GROUP_STATE != null;
	}

	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator group, Method method) {
		if (GROUP_STATE != null) {
			try {
				return new DirectCheck(group, method);
			} catch (IllegalAccessException | RuntimeException e) {
				// a check this class cannot reach: Xtext's reflective call reaches it
			}
		}
		return super.createMethodWrapper(group, method);
	}

	@Override
	protected List<MethodWrapper> getMethodsForType(EObject object) {
		return checksByType.computeIfAbsent(object.getClass(), type -> perGroup(super.getMethodsForType(object)));
	}

	/** Each run of one group's checks (Xtext collects a group's checks together) as one wrapper. */
	private static List<MethodWrapper> perGroup(List<MethodWrapper> checks) {
		List<MethodWrapper> result = new ArrayList<>();
		List<DirectCheck> run = new ArrayList<>();
		for (MethodWrapper check : checks) {
			if (!(check instanceof DirectCheck && !run.isEmpty() && check.getInstance() == run.get(0).getInstance())) {
				endRun(run, result);
			}
			if (check instanceof DirectCheck direct) {
				run.add(direct);
			} else {
				result.add(check);
			}
		}
		endRun(run, result);
		return List.copyOf(result);
	}

	/** Adds the run so far to {@code result}, as one wrapper, and starts a new one. */
	private static void endRun(List<DirectCheck> run, List<MethodWrapper> result) {
		if (!run.isEmpty()) {
			result.add(run.size() == 1 ? run.get(0) : new GroupChecks(run));
			run.clear();
		}
	}

	private static Field groupStateField() {
		try {
			Field field = AbstractDeclarativeValidator.class.getDeclaredField("state");
			if (field.getType() != ThreadLocal.class) {
				return null;
			}
			field.setAccessible(true);
			return field;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static ThreadLocal<State> stateOf(AbstractDeclarativeValidator group) {
		try {
			return (ThreadLocal<State>) GROUP_STATE.get(group);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Sets {@code state} as the group's for {@code checks}, unless it is already (Xtext's rule: one state a thread). */
	private static void withGroupState(ThreadLocal<State> groupState, State state, List<DirectCheck> checks) {
		State current = groupState.get();
		if (current != null && current != state) {
			throw new IllegalStateException("State is already assigned.");
		}
		if (current == null) {
			groupState.set(state);
		}
		try {
			for (DirectCheck check : checks) {
				check.run(state);
			}
		} finally {
			if (current == null) {
				groupState.remove();
			}
		}
	}

	/** One check method, called through a method handle bound to its group. */
	private static final class DirectCheck extends MethodWrapper {

		private final MethodHandle check;
		private final CheckType type;
		private final ThreadLocal<State> groupState;
		private final List<DirectCheck> alone = List.of(this);

		DirectCheck(AbstractDeclarativeValidator group, Method method) throws IllegalAccessException {
			super(group, method);
			this.check = MethodHandles.lookup().unreflect(method).bindTo(group)
					.asType(MethodType.methodType(void.class, EObject.class));
			this.type = method.getAnnotation(Check.class).value();
			this.groupState = stateOf(group);
		}

		@Override
		public void invoke(State state) {
			withGroupState(groupState, state, alone);
		}

		/** This check on the state's element, with the group's state set. */
		void run(State state) {
			if (!state.checkMode.shouldCheck(type)) {
				return;
			}
			state.currentMethod = getMethod();
			state.currentCheckType = type;
			try {
				check.invokeExact(state.currentObject);
			} catch (Throwable t) {
				// as Xtext: the group decides (a guard or a NullPointerException ends this check only)
				handleInvocationTargetException(t, state);
			}
		}
	}

	/** One group's checks for one type of element, run with the group's state set once. */
	private static final class GroupChecks extends MethodWrapper {

		private final List<DirectCheck> checks;
		private final ThreadLocal<State> groupState;

		GroupChecks(List<DirectCheck> checks) {
			super(checks.get(0).getInstance(), checks.get(0).getMethod());
			this.checks = List.copyOf(checks);
			this.groupState = checks.get(0).groupState;
		}

		@Override
		public void invoke(State state) {
			withGroupState(groupState, state, checks);
		}
	}
}
