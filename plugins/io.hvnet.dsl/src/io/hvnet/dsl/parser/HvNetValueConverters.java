package io.hvnet.dsl.parser;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Names in references read and written as they are declared. An element may be called by a word of the language
 * when the word is written with a ^ ({@code vm ^switch}); its references must say {@code HV01.^switch}, and the value
 * of that is HV01.switch, the element's qualified name. Without these converters, a reference kept the ^ in its value
 * and found nothing, and a rename in the diagram or in Eclipse wrote {@code HV01.switch}, which does not parse.
 * ValidID also takes some words bare (parent, host…): those stay bare.
 */
public class HvNetValueConverters extends DefaultTerminalConverters {

	@Inject
	private KeywordAlternativeConverter validId;
	@Inject
	private QualifiedNames qualifiedName;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return validId;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedName;
	}

	/**
	 * Xtext's converter, reading the text of the name: its walk over the parsed nodes looks for ValidID calls among
	 * the leaves, which are ID calls here, and took only the first segment ({@code HV01} for {@code HV01.^switch}).
	 * The text is the name's tokens; the spaces between them are no part of any name.
	 */
	public static class QualifiedNames extends QualifiedNameValueConverter {
		@Override
		public String toValue(String string, INode node) {
			if (string != null && string.indexOf('^') < 0 && string.indexOf(' ') < 0) {
				return string; // the usual name is its own value: no splitting for each of a big file's references
			}
			return super.toValue(string == null ? null : string.replace(" ", ""), null);
		}
	}
}
