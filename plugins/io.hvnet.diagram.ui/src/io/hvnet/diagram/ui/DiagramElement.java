package io.hvnet.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import com.google.gson.JsonObject;

import io.hvnet.diagram.handler.ChangePropertyOperation;
import io.hvnet.diagram.handler.EditableProperties;
import io.hvnet.diagram.model.ElementIds;
import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.dsl.hvnet.NetworkNode;

/**
 * A selected diagram element, for the Properties view: its key properties as the text has them; editing one sends
 * the change to the diagram server, which makes it a text edit like any other diagram edit.
 */
public final class DiagramElement implements IAdaptable, IPropertySource {

	private final DiagramEditor editor;
	private final String id;
	private Map<String, String> values;

	DiagramElement(DiagramEditor editor, String id) {
		this.editor = editor;
		this.id = id;
	}

	public String id() {
		return id;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IPropertySource.class ? adapter.cast(this) : null;
	}

	/** The properties of the element, read from the current text. */
	Map<String, String> values() {
		if (values == null) {
			values = new LinkedHashMap<>();
			var server = DiagramUiPlugin.getDefault().server();
			var document = server.documents().get(
					org.eclipse.emf.common.util.URI.createPlatformResourceURI(editor.file().getFullPath().toString(), true)
							.toString())
					.orElse(null);
			if (document == null) {
				return values;
			}
			SourceModel model = server.loader().load(document);
			ElementIndex index = ElementIds.of(model.network());
			EObject e = index.get(id);
			values.put("id", id);
			if (e != null) {
				values.put("kind", e.eClass().getName());
				if (e instanceof NetworkNode n) {
					values.put("name", n.getName());
				}
				values.putAll(EditableProperties.valuesOf(e));
			}
		}
		return values;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (String key : values().keySet()) {
			boolean editable = EditableProperties.ALL.stream().anyMatch(p -> p.key().equals(key));
			result.add(editable ? new TextPropertyDescriptor(key, key) : new PropertyDescriptor(key, key));
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object key) {
		return values().get(key);
	}

	@Override
	public boolean isPropertySet(Object key) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object key) {
	}

	@Override
	public void setPropertyValue(Object key, Object value) {
		JsonObject action = new JsonObject();
		action.addProperty("kind", ChangePropertyOperation.KIND);
		action.addProperty("isOperation", true);
		action.addProperty("elementId", id);
		action.addProperty("property", (String) key);
		action.addProperty("value", String.valueOf(value));
		editor.dispatch(action.toString());
		values = null;
	}
}
