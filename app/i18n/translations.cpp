#include "i18n/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace stages::i18n {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("cs"), QStringLiteral("en")};
}

QString systemLanguage()
{
    const QString name = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(name) ? name : QStringLiteral("en");
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    for (auto &t : installed())
        app.removeTranslator(t.get());
    installed().clear();

    const QString lang = availableLanguages().contains(language) ? language : QStringLiteral("en");
    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(QStringLiteral(":/i18n/stages_%1.qm").arg(lang));
    if (ok) {
        app.installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("cs") ? QLocale::Czech : QLocale::English));
    return ok;
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("cs"))
        return QStringLiteral("čeština");
    return QStringLiteral("English");
}

} // namespace stages::i18n
