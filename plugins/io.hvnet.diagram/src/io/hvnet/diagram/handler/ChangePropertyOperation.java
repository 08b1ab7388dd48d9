package io.hvnet.diagram.handler;

import org.eclipse.glsp.server.operations.Operation;

/**
 * Sets a key property of an element from the diagram (the Properties view, the client's property editor): switch
 * type, VLAN, IP address, gateway, bindings, physical switch port count. The value is written as in the text.
 */
public class ChangePropertyOperation extends Operation {

	public static final String KIND = "hvnetChangeProperty";

	private String elementId;
	private String property;
	private String value;

	public ChangePropertyOperation() {
		super(KIND);
	}

	public ChangePropertyOperation(String elementId, String property, String value) {
		this();
		this.elementId = elementId;
		this.property = property;
		this.value = value;
	}

	public String getElementId() {
		return elementId;
	}

	public String getProperty() {
		return property;
	}

	public String getValue() {
		return value;
	}
}
