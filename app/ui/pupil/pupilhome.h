#pragma once

#include "core/accounts/session.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace stages {

class TileButton;

/// The pupil's home: a greeting with their avatar and name, and one tile per exercise domain,
/// in the order they are added (the app adds them from allDomainViews()). A domain whose
/// screens are not built yet gets a disabled "coming soon" tile (addComingSoon()).
class PupilHome : public QWidget
{
    Q_OBJECT

public:
    PupilHome(const Session &session, int avatar, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }

    /// Adds a tile that opens @p page (ownership passes to the home); a tile with the same key
    /// is reused (its page replaced).
    void addDomainPage(const QString &key, const QString &title, const QString &iconPath, QWidget *page,
                       const QColor &color = QColor());
    /// The page of @p key brings its own header with a way home (the warm-up): the home's header
    /// hides while it shows, and the page gets the room.
    void setOwnHeader(const QString &key, bool own);
    /// Adds a disabled tile for a domain that arrives in a later version.
    void addComingSoon(const QString &key, const QString &title, const QString &iconPath);
    TileButton *domainTile(const QString &key) const { return m_tiles.value(key); }
    /// The page the tile @p key opens, or nullptr.
    QWidget *domainPage(const QString &key) const { return m_pages.value(key); }
    /// Puts @p strip (the assigned tasks and commented work) above the domain tiles; while it
    /// shows, the domain tiles are shorter so everything fits 1024×600.
    void setTopStrip(QWidget *strip);
    QWidget *topStrip() const { return m_topStrip; }
    void showDomain(const QString &key);
    /// Shows the domain tiles again; the tile of the domain just left takes the focus.
    void showHome();
    /// Puts the focus on the first thing to do (issue 14, point 5): the first task the teacher
    /// gave, else the first domain tile; a page that opened first (the warm-up) keeps its own.
    void focusFirstThing();
    /// What focusFirstThing() focuses on the home: the first task tile, else the first domain
    /// tile that opens (reading order); nullptr when there is none.
    QWidget *firstThingToDo() const;
    QToolButton *signOutButton() const { return m_signOut; }

signals:
    void signOutRequested();
    /// The home (the domain tiles) shows again.
    void homeShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TileButton *addTile(const QString &key, const QString &title, const QString &iconPath);
    void setCompact(bool compact);
    void setHeaderShown(bool shown);
    void fitTiles();

    Session m_session;
    int m_avatar = 0;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_greeting = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_domains = nullptr;
    QToolButton *m_homeButton = nullptr;
    QToolButton *m_signOut = nullptr;
    QHash<QString, TileButton *> m_tiles;
    QHash<QString, QWidget *> m_pages;
    QStringList m_ownHeader;
    QWidget *m_topStrip = nullptr;
    QLabel *m_question = nullptr;
    QString m_lastDomain; ///< the domain shown last, whose tile is focused back home
};

} // namespace stages
