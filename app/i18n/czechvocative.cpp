#include "i18n/czechvocative.h"

#include <QHash>

namespace stages::i18n {

namespace {

/// Names whose vocative no simple rule gives (a vowel that drops out, a foreign ending).
const QHash<QString, QString> &irregular()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("pavel"), QStringLiteral("Pavle") },   { QStringLiteral("karel"), QStringLiteral("Karle") },
        { QStringLiteral("daniel"), QStringLiteral("Danieli") }, { QStringLiteral("michael"), QStringLiteral("Michaeli") },
        { QStringLiteral("marcel"), QStringLiteral("Marceli") }, { QStringLiteral("zdeněk"), QStringLiteral("Zdeňku") },
        { QStringLiteral("hynek"), QStringLiteral("Hynku") },    { QStringLiteral("ester"), QString() },
        { QStringLiteral("miriam"), QString() },                 { QStringLiteral("ruth"), QString() },
        { QStringLiteral("dagmar"), QString() },
    };
    return names;
}

bool endsWithAny(const QString &word, std::initializer_list<const char16_t *> endings)
{
    for (const char16_t *ending : endings) {
        if (word.endsWith(QStringView(ending)))
            return true;
    }
    return false;
}

bool isVowel(QChar c)
{
    return QStringView(u"aáeéěiíoóuúůyý").contains(c);
}

} // namespace

QString czechVocative(const QString &firstName)
{
    const QString name = firstName.trimmed();
    if (name.size() < 2)
        return {};
    for (const QChar c : name) {
        if (!c.isLetter())
            return {};
    }
    const QString lower = name.toLower();
    if (const auto it = irregular().constFind(lower); it != irregular().constEnd())
        return it.value();
    const QChar last = lower.back();
    const QChar before = lower.at(lower.size() - 2);
    // Feminine (and Honza, Jirka ...) in -a: Eva -> Evo.
    if (last == u'a')
        return name.chopped(1) + QStringLiteral("o");
    // -e, -ie, -i, -í, -y, -o, -u keep their form: Marie, Lucie, Jiří.
    if (endsWithAny(lower, { u"e", u"ě", u"i", u"í", u"y", u"ý", u"o", u"u" }))
        return name;
    // -ek loses its e: Marek -> Marku, Radek -> Radku.
    if (lower.endsWith(u"ek") && lower.size() > 3)
        return name.chopped(2) + QStringLiteral("ku");
    // Endings the rules below would get wrong (Pavel, Lukas, Tobias, Hynec): no guess.
    if (endsWithAny(lower, { u"el", u"ec", u"us", u"as", u"es", u"os", u"ěk" }))
        return {};
    // -k, -h, -g, -ch take -u: Dominik -> Dominiku, Vojtěch -> Vojtěchu.
    if (endsWithAny(lower, { u"k", u"h", u"g" }))
        return name + QStringLiteral("u");
    // Soft endings take -i: Tomáš -> Tomáši, Ondřej -> Ondřeji, Denis -> Denisi, Max -> Maxi.
    if (endsWithAny(lower, { u"š", u"ž", u"č", u"ř", u"j", u"c", u"ď", u"ť", u"ň", u"x", u"is" }))
        return name + QStringLiteral("i");
    // -r after a consonant takes -ře: Petr -> Petře, Alexandr -> Alexandře; after a vowel -e: Viktor -> Viktore.
    if (last == u'r')
        return isVowel(before) ? name + QStringLiteral("e") : name.chopped(1) + QStringLiteral("ře");
    // Hard endings take -e: Filip -> Filipe, Jan -> Jane, Jakub -> Jakube, Adam -> Adame.
    if (endsWithAny(lower, { u"b", u"d", u"f", u"l", u"m", u"n", u"p", u"s", u"t", u"v", u"w", u"z" }))
        return name + QStringLiteral("e");
    return {};
}

} // namespace stages::i18n
