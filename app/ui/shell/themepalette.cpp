#include "ui/shell/themepalette.h"

#include <QRegularExpression>

#include <cmath>

namespace stages {

namespace {

/// One colour of the light look and what it becomes in the dark and high-contrast looks.
struct Shade
{
    const char *light;
    const char *dark;
    const char *highContrast;
};

// Text colours (after "color:"). Greys become light greys on dark; the message colours (green,
// orange, red, blue) and the pupils' domain colours a light tint of their hue, so that a green
// "saved" stays green and a pink "create" stays pink; all at least 4.5:1 on the dark window, the
// dark surface and the dark cards. High contrast: black, or the darkest shade of the hue.
constexpr Shade kTextShades[] = {
    { "#263238", "#ECEFF1", "#000000" }, { "#37474F", "#CFD8DC", "#000000" }, { "#455A64", "#CFD8DC", "#000000" },
    { "#546E7A", "#B0BEC5", "#000000" }, { "#607D8B", "#B0BEC5", "#000000" }, { "#78909C", "#B0BEC5", "#000000" },
    { "#B0BEC5", "#78909C", "#616161" }, { "#0D47A1", "#90CAF9", "#000000" }, { "#1565C0", "#90CAF9", "#0D47A1" },
    { "#1E88E5", "#90CAF9", "#0D47A1" }, { "#3949AB", "#9FA8DA", "#1A237E" }, { "#00897B", "#80CBC4", "#004D40" },
    { "#2E7D32", "#A5D6A7", "#1B5E20" }, { "#1B5E20", "#A5D6A7", "#1B5E20" }, { "#43A047", "#A5D6A7", "#1B5E20" },
    { "#C62828", "#EF9A9A", "#B71C1C" }, { "#B71C1C", "#EF9A9A", "#B71C1C" }, { "#D32F2F", "#EF9A9A", "#B71C1C" },
    { "#BF360C", "#FFAB91", "#000000" }, { "#9F2D0A", "#FFAB91", "#000000" }, { "#E65100", "#FFCC80", "#000000" },
    { "#EF6C00", "#FFCC80", "#000000" }, { "#A67C00", "#FFE082", "#000000" }, { "#8D5A00", "#FFE082", "#000000" },
    { "#5D4037", "#BCAAA4", "#000000" }, { "#795548", "#BCAAA4", "#000000" }, { "#6A1B9A", "#CE93D8", "#4A148C" },
    { "#8E24AA", "#CE93D8", "#4A148C" }, { "#D81B60", "#F48FB1", "#880E4F" }, { "#FFFFFF", "#FFFFFF", "#FFFFFF" },
    { "#000000", "#FFFFFF", "#000000" },
};

// Fills and borders (after "background:", "border:"). The light window, the white surface, the
// greys and the pastel cards become their dark counterparts; filled buttons (blue, green, amber,
// the domain colours) are not listed and stay, with their text.
constexpr Shade kFillShades[] = {
    { "#F3F6FA", "#1B2328", "#FFFFFF" }, { "#FFFFFF", "#263238", "#FFFFFF" }, { "#FAFAFA", "#263238", "#FFFFFF" },
    { "#ECEFF1", "#33424A", "#FFFFFF" }, { "#F1F5F9", "#2E3B43", "#FFFFFF" }, { "#E4EBF1", "#1F2A30", "#FFFFFF" },
    { "#D5E0E9", "#2E3B43", "#FFF59D" }, { "#CFD8DC", "#455A64", "#000000" }, { "#B0BEC5", "#607D8B", "#000000" },
    { "#90A4AE", "#78909C", "#000000" }, { "#78909C", "#90A4AE", "#000000" }, { "#E3F2FD", "#263F55", "#FFF59D" },
    { "#BBDEFB", "#1E4A73", "#FFF59D" }, { "#90CAF9", "#64B5F6", "#000000" }, { "#1565C0", "#1E6FD0", "#0D47A1" },
    { "#1E88E5", "#1E88E5", "#0D47A1" }, { "#0D47A1", "#90CAF9", "#000000" }, { "#FFF3E0", "#3E2723", "#FFFFFF" },
    { "#FFF8E1", "#3A3320", "#FFFFFF" }, { "#FFFDE7", "#38361F", "#FFFFFF" }, { "#FFB74D", "#FFB74D", "#000000" },
    { "#E8F5E9", "#1E3A24", "#FFFFFF" }, { "#F1F8E9", "#263A1E", "#FFFFFF" }, { "#FFEBEE", "#4A2024", "#FFFFFF" },
    { "#FCE4EC", "#4A1F30", "#FFFFFF" }, { "#E8EAF6", "#283046", "#FFFFFF" }, { "#000000", "#FFFFFF", "#000000" },
};

struct RoleColour
{
    ThemePalette::Role role;
    const char *name;
    const char *light;
    bool text;
};

constexpr RoleColour kRoles[] = {
    { ThemePalette::Role::Window, "window", "#F3F6FA", false },
    { ThemePalette::Role::Surface, "surface", "#FFFFFF", false },
    { ThemePalette::Role::Text, "text", "#263238", true },
    { ThemePalette::Role::MutedText, "muted text", "#546E7A", true },
    { ThemePalette::Role::Border, "border", "#CFD8DC", false },
    { ThemePalette::Role::Accent, "accent", "#1565C0", false },
    { ThemePalette::Role::OnAccent, "on accent", "#FFFFFF", true },
    { ThemePalette::Role::Link, "link", "#1565C0", true },
    { ThemePalette::Role::Success, "success", "#1B5E20", true },
    { ThemePalette::Role::Warning, "warning", "#BF360C", true },
    { ThemePalette::Role::Error, "error", "#C62828", true },
    { ThemePalette::Role::Card, "card", "#ECEFF1", false },
    { ThemePalette::Role::InfoCard, "info card", "#E3F2FD", false },
    { ThemePalette::Role::SuccessCard, "success card", "#E8F5E9", false },
    { ThemePalette::Role::WarningCard, "warning card", "#FFF8E1", false },
    { ThemePalette::Role::ErrorCard, "error card", "#FFEBEE", false },
};

const RoleColour &roleColour(ThemePalette::Role role)
{
    for (const RoleColour &r : kRoles) {
        if (r.role == role)
            return r;
    }
    return kRoles[0];
}

ThemePalette &currentPalette()
{
    static ThemePalette palette = ThemePalette::of(ThemePalette::Look::Light);
    return palette;
}

/// "#1e88e5", "white" or "black" as the tables spell it ("#1E88E5", "#FFFFFF").
QString colourKey(const QString &colour)
{
    if (colour.compare(QLatin1String("white"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("#FFFFFF");
    if (colour.compare(QLatin1String("black"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("#000000");
    return colour.toUpper();
}

const QRegularExpression &colourPattern()
{
    static const QRegularExpression pattern(QStringLiteral("#[0-9A-Fa-f]{6}\\b|\\bwhite\\b|\\bblack\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

const ThemePalette &ThemePalette::current()
{
    return currentPalette();
}

void ThemePalette::setCurrent(const ThemePalette &palette)
{
    currentPalette() = palette;
}

QString ThemePalette::keyOf(Look look)
{
    switch (look) {
    case Look::Light:
        return QStringLiteral("light");
    case Look::Dark:
        return QStringLiteral("dark");
    case Look::HighContrast:
        return QStringLiteral("high-contrast");
    case Look::System:
        break;
    }
    return QStringLiteral("system");
}

ThemePalette::Look ThemePalette::lookOf(const QString &key)
{
    for (Look look : { Look::Light, Look::Dark, Look::HighContrast }) {
        if (key == keyOf(look))
            return look;
    }
    return Look::System;
}

QList<ThemePalette::Role> ThemePalette::textRoles()
{
    return { Role::Text, Role::MutedText, Role::Link, Role::Success, Role::Warning, Role::Error };
}

QList<ThemePalette::Role> ThemePalette::groundRoles()
{
    return { Role::Window,   Role::Surface,     Role::Card,     Role::InfoCard,
             Role::SuccessCard, Role::WarningCard, Role::ErrorCard };
}

QString ThemePalette::nameOf(Role role)
{
    return QLatin1String(roleColour(role).name);
}

ThemePalette ThemePalette::of(Look look, bool systemIsDark)
{
    if (look == Look::System)
        look = systemIsDark ? Look::Dark : Look::Light;
    ThemePalette t;
    t.m_look = look;
    if (look == Look::Light)
        return t;
    const bool dark = look == Look::Dark;
    for (const Shade &s : kTextShades)
        t.m_textColours.insert(QLatin1String(s.light), QLatin1String(dark ? s.dark : s.highContrast));
    for (const Shade &s : kFillShades)
        t.m_fillColours.insert(QLatin1String(s.light), QLatin1String(dark ? s.dark : s.highContrast));
    return t;
}

QColor ThemePalette::textColour(const QColor &lightText) const
{
    const QString key = lightText.name().toUpper();
    return QColor(m_textColours.value(key, key));
}

QColor ThemePalette::fillColour(const QColor &lightFill) const
{
    const QString key = lightFill.name().toUpper();
    return QColor(m_fillColours.value(key, key));
}

QColor ThemePalette::colour(Role role) const
{
    const RoleColour &r = roleColour(role);
    const QColor light(QLatin1String(r.light));
    return r.text ? textColour(light) : fillColour(light);
}

QPalette ThemePalette::palette(const QPalette &base) const
{
    QPalette p = base;
    const bool dark = m_look == Look::Dark;
    p.setColor(QPalette::Window, window());
    p.setColor(QPalette::Base, surface());
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2E, 0x3B, 0x43) : m_look == Look::HighContrast
                                                                          ? QColor(0xEE, 0xEE, 0xEE)
                                                                          : QColor(0xF1, 0xF5, 0xF9));
    p.setColor(QPalette::Button, surface());
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, onAccent());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::BrightText, dark ? Qt::black : Qt::white);
    p.setColor(QPalette::ToolTipBase, surface());
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::PlaceholderText, mutedText());
    p.setColor(QPalette::Link, colour(Role::Link));
    p.setColor(QPalette::Light, dark ? border().lighter(130) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? border() : QColor(0xE4, 0xEB, 0xF1));
    p.setColor(QPalette::Mid, border());
    p.setColor(QPalette::Dark, dark ? QColor(Qt::black) : border().darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText());
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText());
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText());
    return p;
}

QString ThemePalette::adaptRule(const QString &body) const
{
    // Each declaration: "color: #263238", "background: #FFFFFF", "border: 1px solid #CFD8DC".
    static const QRegularExpression declaration(
        QStringLiteral("([a-z-]+)\\s*:\\s*([^;{}]*)"), QRegularExpression::CaseInsensitiveOption);
    // The rule's background: a colour of the tables changes, any other (a filled button, a
    // domain colour) stays, and then so does its text.
    QString background;
    bool hasText = false;
    for (auto it = declaration.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString property = m.captured(1).toLower();
        if (property == QLatin1String("background") || property == QLatin1String("background-color")) {
            const auto c = colourPattern().match(m.captured(2));
            if (c.hasMatch())
                background = colourKey(c.captured());
        } else if (property == QLatin1String("color")) {
            hasText = true;
        }
    }
    const bool fixedGround = !background.isEmpty() && m_fillColours.value(background, background) == background;
    QString out;
    qsizetype last = 0;
    for (auto it = declaration.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString property = m.captured(1).toLower();
        const bool isText = property == QLatin1String("color") || property == QLatin1String("selection-color");
        if (isText && fixedGround)
            continue;
        const QHash<QString, QString> &map = isText ? m_textColours : m_fillColours;
        const QString value = m.captured(2);
        QString mapped;
        qsizetype at = 0;
        for (auto c = colourPattern().globalMatch(value); c.hasNext();) {
            const auto colour = c.next();
            mapped += value.mid(at, colour.capturedStart() - at);
            const QString key = colourKey(colour.captured());
            mapped += map.value(key, colour.captured());
            at = colour.capturedEnd();
        }
        mapped += value.mid(at);
        out += body.mid(last, m.capturedStart(2) - last) + mapped;
        last = m.capturedEnd(2);
    }
    out += body.mid(last);
    // Text on a light colour that stays (an amber button) keeps the light look's dark text, not
    // the palette's light one.
    if (fixedGround && !hasText && QColor(background).lightness() > 150) {
        QString trimmed = out.trimmed();
        out = trimmed + (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char(';')) ? QString() : QStringLiteral(";"))
            + QStringLiteral(" color: #263238; ");
    }
    return out;
}

QString ThemePalette::adapt(const QString &lightSheet, double textScale) const
{
    QString out;
    if (m_look == Look::Light) {
        out = lightSheet;
    } else if (!lightSheet.contains(QLatin1Char('{'))) {
        out = adaptRule(lightSheet);
    } else {
        static const QRegularExpression rule(QStringLiteral("\\{([^{}]*)\\}"));
        qsizetype last = 0;
        for (auto it = rule.globalMatch(lightSheet); it.hasNext();) {
            const auto m = it.next();
            out += lightSheet.mid(last, m.capturedStart(1) - last) + adaptRule(m.captured(1));
            last = m.capturedEnd(1);
        }
        out += lightSheet.mid(last);
    }
    if (textScale != 1.0) {
        static const QRegularExpression size(QStringLiteral("font-size:\\s*(\\d+)px"));
        QString scaled;
        qsizetype at = 0;
        for (auto it = size.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            scaled += out.mid(at, m.capturedStart(1) - at)
                + QString::number(int(std::lround(m.captured(1).toInt() * textScale)));
            at = m.capturedEnd(1);
        }
        scaled += out.mid(at);
        out = scaled;
    }
    return out;
}

} // namespace stages
