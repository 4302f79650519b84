#include "ui/shell/themefollower.h"

#include "ui/shell/theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cmath>

namespace stages {

namespace {

constexpr const char *kAdaptedSheet = "stagesAdaptedSheet";
constexpr const char *kPupilFont = "stagesPupilFont";
constexpr const char *kNormalFontSize = "stagesNormalFontSize";

/// The widgets whose contents are pupils' screens.
bool isPupilRoot(const QWidget *widget)
{
    return widget->inherits("stages::PupilHome") || widget->inherits("stages::SignInFlow");
}

/// The size of @p font in points, or in pixels when it has none.
qreal sizeOf(const QFont &font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
}

} // namespace

ThemeFollower &ThemeFollower::instance()
{
    static QPointer<ThemeFollower> follower;
    if (!follower) {
        follower = new ThemeFollower(qApp);
        qApp->installEventFilter(follower);
    }
    return *follower;
}

ThemeFollower::ThemeFollower(QObject *parent)
    : QObject(parent)
{
}

bool ThemeFollower::isOnPupilScreen(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (isPupilRoot(w))
            return true;
    }
    return false;
}

void ThemeFollower::follow(ThemePalette::Look choice, const ThemePalette &palette, double textScale,
                           const QFont &baseFont)
{
    const double ratio = textScale / m_scale;
    m_choice = choice;
    m_palette = palette;
    m_scale = textScale;
    m_baseFont = baseFont;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    // Fonts a staff widget sized itself (a bold title 1.1 times the normal size): the new
    // application font does not reach them. Each keeps its normal size in a property; the style
    // sheet machinery puts back the font a widget had when first polished whenever the app-wide
    // sheet changes, so the size is set from the normal one each time, never multiplied.
    QList<QPair<QWidget *, qreal>> sized;
    for (QWidget *w : widgets) {
        if (!w->testAttribute(Qt::WA_SetFont) || isOnPupilScreen(w))
            continue;
        const QVariant normal = w->property(kNormalFontSize);
        if (normal.isValid()) {
            sized.append({ w, normal.toReal() });
        } else if (ratio != 1.0) {
            const QFont parentFont = w->parentWidget() ? w->parentWidget()->font() : QApplication::font();
            if (sizeOf(w->font()) != sizeOf(parentFont))
                sized.append({ w, sizeOf(w->font()) / (textScale / ratio) });
        }
    }
    for (const auto &[w, normal] : sized) {
        w->setProperty(kNormalFontSize, normal);
        QFont f = w->font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(normal * textScale);
        else if (f.pixelSize() > 0)
            f.setPixelSize(int(std::lround(normal * textScale)));
        if (f != w->font())
            w->setFont(f);
    }
    for (QWidget *w : widgets) {
        if (w->testAttribute(Qt::WA_WState_Polished))
            adaptWidget(w, true);
    }
}

void ThemeFollower::adaptWidget(QWidget *widget, bool force)
{
    const bool root = isPupilRoot(widget);
    if (root) {
        // The pupils' screens keep the normal font when staff chose larger text.
        if (m_scale != 1.0) {
            widget->setFont(m_baseFont);
            widget->setProperty(kPupilFont, true);
        } else if (widget->property(kPupilFont).toBool()) {
            widget->setFont(QFont());
            widget->setProperty(kPupilFont, false);
        }
    }
    const QString sheet = widget->styleSheet();
    const QVariant adapted = widget->property(kAdaptedSheet);
    if (sheet.isEmpty() && !root && !adapted.isValid())
        return;
    if (!force && adapted.isValid() && sheet == adapted.toString())
        return;
    QString light;
    if (adapted.isValid() && sheet == adapted.toString())
        light = widget->property(kLightSheet).toString();
    else if (adapted.isValid() && !adapted.toString().isEmpty() && sheet.startsWith(adapted.toString()))
        light = widget->property(kLightSheet).toString() + sheet.mid(adapted.toString().size()); // sheet += more
    else
        light = sheet; // a new sheet from the widget's code
    const QString ours = sheetFor(widget, light);
    widget->setProperty(kLightSheet, light);
    widget->setProperty(kAdaptedSheet, ours);
    if (ours != sheet)
        widget->setStyleSheet(ours);
}

QString ThemeFollower::sheetFor(const QWidget *widget, const QString &light) const
{
    const bool pupil = isOnPupilScreen(widget);
    QString prefix;
    if (m_scale != 1.0 && isPupilRoot(widget))
        prefix = m_palette.adapt(Theme::lightStyleSheet()) + QLatin1Char('\n'); // the app-wide sheet, normal size
    return prefix + m_palette.adapt(light, pupil ? 1.0 : m_scale);
}

bool ThemeFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (m_applying)
        return QObject::eventFilter(watched, event); // Theme::apply adapts every widget after
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            adaptWidget(static_cast<QWidget *>(watched), false);
        break;
    case QEvent::StyleChange:
    case QEvent::ParentChange:
        // A widget already shown sets a new sheet, or moves between a staff and a pupil screen.
        if (watched->isWidgetType() && static_cast<QWidget *>(watched)->testAttribute(Qt::WA_WState_Polished))
            adaptWidget(static_cast<QWidget *>(watched), event->type() == QEvent::ParentChange);
        break;
    case QEvent::ApplicationPaletteChange:
        // Somebody else than Theme::apply set the application's palette: the system's changed.
        if (watched == qApp && !m_applying && m_choice == ThemePalette::Look::System) {
            m_systemDark = ThemePalette::isDark(QApplication::palette());
            systemChanged();
        }
        break;
    case QEvent::ThemeChange:
        // The platform's theme changed (each window hears it): read its palette once.
        if (!m_applying && m_choice == ThemePalette::Look::System && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            m_query = true;
            systemChanged();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ThemeFollower::systemChanged()
{
    if (m_pending)
        return;
    m_pending = true;
    // After the event: setting the palette again inside its own change event would nest.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_choice != ThemePalette::Look::System)
            return;
        if (m_query) {
            // The platform's palette: an application palette without colours of its own.
            m_query = false;
            m_applying = true;
            QApplication::setPalette(QPalette());
            m_systemDark = ThemePalette::isDark(QApplication::palette());
            m_applying = false;
        }
        Theme::apply(*qApp, m_choice, m_scale);
    });
}

} // namespace stages
