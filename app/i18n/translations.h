#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace stages::i18n {

/// Languages the program ships ("cs", "en").
QStringList availableLanguages();
/// The language of the system locale when we ship it, English otherwise.
QString systemLanguage();
/// Loads Stages' and Qt's own translations for @p language into @p app, replacing earlier ones.
bool installTranslators(QCoreApplication &app, const QString &language);
/// The name of a language in that language ("čeština", "English").
QString nativeName(const QString &language);

} // namespace stages::i18n
