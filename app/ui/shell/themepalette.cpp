#include "ui/shell/themepalette.h"

#include <QRegularExpression>

#include <cmath>

namespace stages {

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
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

ThemePalette ThemePalette::of(Look look, bool systemIsDark)
{
    if (look == Look::System)
        look = systemIsDark ? Look::Dark : Look::Light;
    ThemePalette t;
    t.m_look = look;
    auto hash = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
        QHash<QString, QString> h;
        for (const auto &[from, to] : pairs)
            h.insert(QLatin1String(from), QLatin1String(to));
        return h;
    };
    switch (look) {
    case Look::Dark:
        t.m_window = QColor(0x1B, 0x23, 0x28);
        t.m_surface = QColor(0x26, 0x32, 0x38);
        t.m_text = QColor(0xEC, 0xEF, 0xF1);
        t.m_muted = QColor(0xB0, 0xBE, 0xC5);
        t.m_border = QColor(0x45, 0x5A, 0x64);
        t.m_accent = QColor(0x15, 0x65, 0xC0);
        t.m_onAccent = Qt::white;
        t.m_textColours = hash({ { "#263238", "#ECEFF1" }, { "#37474F", "#CFD8DC" }, { "#546E7A", "#B0BEC5" },
                                 { "#607D8B", "#B0BEC5" }, { "#C62828", "#EF9A9A" }, { "#BF360C", "#FFAB91" },
                                 { "#0D47A1", "#90CAF9" }, { "#FFFFFF", "#FFFFFF" } });
        t.m_fillColours = hash({ { "#F3F6FA", "#1B2328" }, { "#FFFFFF", "#263238" }, { "#ECEFF1", "#37474F" },
                                 { "#E4EBF1", "#1F2A30" }, { "#D5E0E9", "#2E3B43" }, { "#CFD8DC", "#455A64" },
                                 { "#B0BEC5", "#607D8B" }, { "#E3F2FD", "#263F55" }, { "#90CAF9", "#64B5F6" },
                                 { "#1565C0", "#1565C0" }, { "#1E88E5", "#42A5F5" }, { "#BBDEFB", "#1E4A73" },
                                 { "#FFF3E0", "#3E2723" }, { "#FFB74D", "#FFB74D" }, { "#0D47A1", "#90CAF9" },
                                 { "#000000", "#FFFFFF" } });
        break;
    case Look::HighContrast:
        t.m_window = Qt::white;
        t.m_surface = Qt::white;
        t.m_text = Qt::black;
        t.m_muted = Qt::black;
        t.m_border = Qt::black;
        t.m_accent = QColor(0x0D, 0x47, 0xA1);
        t.m_onAccent = Qt::white;
        t.m_textColours = hash({ { "#263238", "#000000" }, { "#37474F", "#000000" }, { "#546E7A", "#000000" },
                                 { "#607D8B", "#000000" }, { "#C62828", "#B71C1C" }, { "#BF360C", "#000000" },
                                 { "#0D47A1", "#000000" }, { "#FFFFFF", "#FFFFFF" } });
        t.m_fillColours = hash({ { "#F3F6FA", "#FFFFFF" }, { "#FFFFFF", "#FFFFFF" }, { "#ECEFF1", "#FFFFFF" },
                                 { "#E4EBF1", "#FFFFFF" }, { "#D5E0E9", "#FFF59D" }, { "#CFD8DC", "#000000" },
                                 { "#B0BEC5", "#000000" }, { "#E3F2FD", "#FFF59D" }, { "#90CAF9", "#000000" },
                                 { "#1565C0", "#0D47A1" }, { "#1E88E5", "#0D47A1" }, { "#BBDEFB", "#FFF59D" },
                                 { "#FFF3E0", "#FFFFFF" }, { "#FFB74D", "#000000" }, { "#0D47A1", "#000000" },
                                 { "#000000", "#000000" } });
        break;
    case Look::Light:
    case Look::System:
        t.m_window = QColor(0xF3, 0xF6, 0xFA);
        t.m_surface = Qt::white;
        t.m_text = QColor(0x26, 0x32, 0x38);
        t.m_muted = QColor(0x54, 0x6E, 0x7A);
        t.m_border = QColor(0xCF, 0xD8, 0xDC);
        t.m_accent = QColor(0x15, 0x65, 0xC0);
        t.m_onAccent = Qt::white;
        break;
    }
    return t;
}

QPalette ThemePalette::palette(const QPalette &base) const
{
    QPalette p = base;
    const bool dark = m_look == Look::Dark;
    p.setColor(QPalette::Window, m_window);
    p.setColor(QPalette::Base, m_surface);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2E, 0x3B, 0x43) : m_look == Look::HighContrast
                                                                          ? QColor(0xEE, 0xEE, 0xEE)
                                                                          : QColor(0xF1, 0xF5, 0xF9));
    p.setColor(QPalette::Button, m_surface);
    p.setColor(QPalette::Highlight, m_accent);
    p.setColor(QPalette::HighlightedText, m_onAccent);
    p.setColor(QPalette::WindowText, m_text);
    p.setColor(QPalette::Text, m_text);
    p.setColor(QPalette::ButtonText, m_text);
    p.setColor(QPalette::ToolTipBase, m_surface);
    p.setColor(QPalette::ToolTipText, m_text);
    p.setColor(QPalette::PlaceholderText, m_muted);
    p.setColor(QPalette::Link, dark ? QColor(0x90, 0xCA, 0xF9) : m_accent);
    p.setColor(QPalette::Light, dark ? m_border.lighter(130) : Qt::white);
    p.setColor(QPalette::Mid, m_border);
    p.setColor(QPalette::Dark, dark ? Qt::black : m_border.darker(150));
    p.setColor(QPalette::Disabled, QPalette::WindowText, m_muted);
    p.setColor(QPalette::Disabled, QPalette::Text, m_muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, m_muted);
    return p;
}

QString ThemePalette::adapt(const QString &lightSheet, double textScale) const
{
    // Each declaration with a colour: "color: #263238", "background: #FFFFFF", "border: 1px solid #CFD8DC".
    static const QRegularExpression declaration(
        QStringLiteral("([a-z-]+)\\s*:\\s*([^;{}]*)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hex(QStringLiteral("#[0-9A-Fa-f]{6}"));
    static const QRegularExpression size(QStringLiteral("font-size:\\s*(\\d+)px"));
    QString out;
    qsizetype last = 0;
    for (auto it = declaration.globalMatch(lightSheet); it.hasNext();) {
        const auto m = it.next();
        const QString property = m.captured(1).toLower();
        QString value = m.captured(2);
        const bool isText = property == QLatin1String("color") || property == QLatin1String("selection-color");
        const QHash<QString, QString> &map = isText ? m_textColours : m_fillColours;
        if (!map.isEmpty()) {
            QString mapped;
            qsizetype at = 0;
            for (auto h = hex.globalMatch(value); h.hasNext();) {
                const auto c = h.next();
                mapped += value.mid(at, c.capturedStart() - at);
                mapped += map.value(c.captured().toUpper(), c.captured());
                at = c.capturedEnd();
            }
            mapped += value.mid(at);
            value = mapped;
        }
        out += lightSheet.mid(last, m.capturedStart(2) - last) + value;
        last = m.capturedEnd(2);
    }
    out += lightSheet.mid(last);
    if (textScale != 1.0) {
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
