#include "ui/pupil/pupilhome.h"

#include "exercises/framework/view/pagestack.h"
#include "i18n/greeting.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

#include <QApplication>
#include <QGridLayout>
#include <QStackedWidget>
#include <QToolButton>

namespace stages {

namespace {

/// Tiles a row on the home: five domains and the instruments fit 1024 px in two rows.
constexpr int kTileColumns = 3;
constexpr QSize kTile(230, 170);
/// With the strip of tasks above them: two rows and the strip fit 600 px.
constexpr QSize kShortTile(230, 128);

} // namespace

PupilHome::PupilHome(const Session &session, int avatar, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_avatar(avatar)
{
    setObjectName(QStringLiteral("pupilHome"));
    m_layout = new QVBoxLayout(this);
    auto *layout = m_layout;

    auto *header = new QHBoxLayout;
    m_homeButton = new QToolButton(this);
    m_homeButton->setObjectName(QStringLiteral("homeButton"));
    m_homeButton->setText(tr("Home"));
    m_homeButton->setIcon(Artwork::icon(QStringLiteral("back")));
    m_homeButton->setIconSize(QSize(28, 28));
    m_homeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_homeButton->setMinimumSize(120, 64);
    m_homeButton->hide();
    connect(m_homeButton, &QToolButton::clicked, this, &PupilHome::showHome);
    header->addWidget(m_homeButton);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("pupilAvatar"));
    header->addWidget(m_picture);
    m_greeting = new QLabel(i18n::Greeting::hello(session.displayName), this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    header->addWidget(m_greeting, 1);
    m_signOut = new QToolButton(this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setIcon(Artwork::icon(QStringLiteral("signout")));
    m_signOut->setIconSize(QSize(32, 32));
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signOut->setMinimumSize(140, 64);
    connect(m_signOut, &QToolButton::clicked, this, &PupilHome::signOutRequested);
    header->addWidget(m_signOut);
    layout->addLayout(header);

    m_stack = new PageStack(this);
    m_domains = new QWidget(m_stack);
    auto *domainsLayout = new QVBoxLayout(m_domains);
    auto *question = m_question = new QLabel(tr("What shall we play today?"), m_domains);
    question->setObjectName(QStringLiteral("pageTitle"));
    question->setAlignment(Qt::AlignCenter);
    domainsLayout->addStretch(1);
    domainsLayout->addWidget(question);
    domainsLayout->addSpacing(16);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *grid = new QGridLayout;
    grid->setObjectName(QStringLiteral("domainGrid"));
    grid->setSpacing(20);
    row->addLayout(grid);
    row->addStretch();
    domainsLayout->addLayout(row);
    domainsLayout->addStretch(2);
    m_stack->addWidget(m_domains);
    layout->addWidget(m_stack, 1);
    setCompact(false);
}

TileButton *PupilHome::addTile(const QString &key, const QString &title, const QString &iconPath)
{
    auto *grid = m_domains->findChild<QGridLayout *>(QStringLiteral("domainGrid"));
    auto *tile = new TileButton(m_domains);
    tile->setObjectName(QStringLiteral("domain:%1").arg(key));
    tile->setArtwork(iconPath);
    tile->setTileSize(m_topStrip && !m_topStrip->isHidden() ? kShortTile : kTile);
    tile->setColor(QColor(QStringLiteral("#FFFFFF")));
    //: A pupil-home tile whose exercises are not in this version yet: the domain, then a second line
    tile->setText(title + QLatin1Char('\n') + tr("coming soon"));
    tile->setToolTip(tr("Coming in a later version"));
    tile->setEnabled(false);
    connect(tile, &TileButton::clicked, this, [this, key] { showDomain(key); });
    const int index = int(m_tiles.size());
    grid->addWidget(tile, index / kTileColumns, index % kTileColumns);
    m_tiles.insert(key, tile);
    return tile;
}

void PupilHome::addComingSoon(const QString &key, const QString &title, const QString &iconPath)
{
    if (!m_tiles.contains(key))
        addTile(key, title, iconPath);
}

void PupilHome::addDomainPage(const QString &key, const QString &title, const QString &iconPath, QWidget *page,
                              const QColor &color)
{
    TileButton *tile = m_tiles.value(key);
    if (!tile)
        tile = addTile(key, title, iconPath);
    static const QList<QColor> colors { QColor(QStringLiteral("#FFE082")), QColor(QStringLiteral("#CE93D8")),
                                        QColor(QStringLiteral("#FFAB91")), QColor(QStringLiteral("#80CBC4")) };
    tile->setText(title);
    tile->setArtwork(iconPath);
    tile->setColor(color.isValid() ? color : colors.at(int(m_pages.size()) % colors.size()));
    tile->setToolTip(QString());
    tile->setEnabled(true);
    if (QWidget *old = m_pages.take(key))
        delete old;
    m_pages.insert(key, page);
    m_stack->addWidget(page);
}

void PupilHome::showDomain(const QString &key)
{
    if (QWidget *page = m_pages.value(key)) {
        // The header first: the page then gets its room at once, the window never has to grow.
        setCompact(true);
        setHeaderShown(!m_ownHeader.contains(key));
        m_homeButton->setVisible(!m_ownHeader.contains(key));
        m_stack->setCurrentWidget(page);
        m_lastDomain = key;
    }
}

void PupilHome::showHome()
{
    m_stack->setCurrentWidget(m_domains);
    m_homeButton->hide();
    setCompact(false);
    setHeaderShown(true);
    emit homeShown();
    // Back where the pupil came from (the strip was read again: its tiles are new).
    TileButton *last = m_tiles.value(m_lastDomain);
    if (last && last->isVisibleTo(this) && last->isEnabled())
        last->setFocus(Qt::OtherFocusReason);
    else
        focusFirstThing();
}

QWidget *PupilHome::firstThingToDo() const
{
    const auto takesFocus = [this](QWidget *w) {
        return w && w->isEnabled() && w->isVisibleTo(this) && (w->focusPolicy() & Qt::TabFocus);
    };
    if (m_topStrip && m_topStrip->isVisibleTo(this)) {
        // Tasks come first in the strip, then the pupil's commented work.
        for (QAbstractButton *tile : m_topStrip->findChildren<QAbstractButton *>()) {
            if (takesFocus(tile))
                return tile;
        }
    }
    const auto *grid = m_domains->findChild<QGridLayout *>(QStringLiteral("domainGrid"));
    for (int row = 0; grid && row < grid->rowCount(); ++row) {
        for (int column = 0; column < grid->columnCount(); ++column) {
            QLayoutItem *item = grid->itemAtPosition(row, column);
            if (item && takesFocus(item->widget()))
                return item->widget();
        }
    }
    return nullptr;
}

void PupilHome::focusFirstThing()
{
    QWidget *current = m_stack->currentWidget();
    if (current != m_domains) {
        if (!current->isAncestorOf(QApplication::focusWidget()))
            current->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget *first = firstThingToDo())
        first->setFocus(Qt::OtherFocusReason);
}

void PupilHome::setTopStrip(QWidget *strip)
{
    auto *domainsLayout = qobject_cast<QVBoxLayout *>(m_domains->layout());
    const bool shown = !strip->isHidden();
    strip->setParent(m_domains); // hides it
    strip->setVisible(shown);
    // Above the question: what the teacher asked for comes first.
    domainsLayout->insertWidget(domainsLayout->indexOf(m_question), strip);
    domainsLayout->insertSpacing(domainsLayout->indexOf(m_question), 8);
    m_topStrip = strip;
    strip->installEventFilter(this);
    fitTiles();
}

bool PupilHome::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_topStrip && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        fitTiles();
    return QWidget::eventFilter(watched, event);
}

void PupilHome::fitTiles()
{
    const bool strip = m_topStrip && !m_topStrip->isHidden();
    for (TileButton *tile : std::as_const(m_tiles))
        tile->setTileSize(strip ? kShortTile : kTile);
    m_question->setVisible(!strip);
}

void PupilHome::setOwnHeader(const QString &key, bool own)
{
    m_ownHeader.removeAll(key);
    if (own)
        m_ownHeader.append(key);
    if (m_pages.value(key) && m_stack->currentWidget() == m_pages.value(key))
        setHeaderShown(!own);
}

void PupilHome::setHeaderShown(bool shown)
{
    for (QWidget *part :
         { static_cast<QWidget *>(m_picture), static_cast<QWidget *>(m_greeting), static_cast<QWidget *>(m_signOut) })
        part->setVisible(shown);
}

void PupilHome::setCompact(bool compact)
{
    // Inside a domain the header gives the exercise the room: a smaller picture, same targets.
    m_layout->setContentsMargins(24, compact ? 6 : 16, 24, compact ? 6 : 24);
    m_layout->setSpacing(compact ? 4 : 6);
    m_picture->setPixmap(Artwork::render(Artwork::avatarPath(m_avatar), compact ? 52 : 80, devicePixelRatioF()));
    for (QToolButton *button : { m_homeButton, m_signOut })
        button->setMinimumHeight(compact ? 52 : 64);
}

} // namespace stages
