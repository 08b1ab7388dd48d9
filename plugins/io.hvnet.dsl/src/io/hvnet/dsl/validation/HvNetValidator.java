package io.hvnet.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The hvnet validator: one rule group per concern, each diagnostic with a stable code from {@link IssueCodes} and,
 * where the fix is obvious, the data a quick fix needs.
 */
@ComposedChecks(validators = { NameRules.class, BindingRules.class, SwitchRules.class, CablingRules.class,
		AddressRules.class, VlanRules.class, ScenarioRules.class, NumberRules.class, PortVlanRules.class,
		RoutingRules.class, TimelineRules.class, DhcpRules.class, NatRules.class, GuestMacRules.class })
public class HvNetValidator extends AbstractHvNetValidator {
}
