#pragma once

#include "core/accounts/session.h"

#include <QHash>
#include <QWidget>

class QStackedWidget;
class QToolButton;

namespace stages {

class TileButton;

/// The pupil's home: a greeting with their avatar and name, and one tile per exercise domain.
/// Domains whose screens are not built yet show a disabled "coming soon" tile; a domain's
/// widget is plugged in with addDomainPage(), which turns its tile on.
class PupilHome : public QWidget
{
    Q_OBJECT

public:
    PupilHome(const Session &session, int avatar, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }

    /// Adds @p page (ownership passes to the home) for the domain @p key. Known keys:
    /// "combinatorics", "music", "movement", "geometry"; another key adds a new tile.
    void addDomainPage(const QString &key, const QString &title, const QString &iconPath, QWidget *page);
    TileButton *domainTile(const QString &key) const { return m_tiles.value(key); }
    void showDomain(const QString &key);
    void showHome();
    QToolButton *signOutButton() const { return m_signOut; }

signals:
    void signOutRequested();

private:
    TileButton *addTile(const QString &key, const QString &title, const QString &iconPath);

    Session m_session;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_domains = nullptr;
    QToolButton *m_homeButton = nullptr;
    QToolButton *m_signOut = nullptr;
    QHash<QString, TileButton *> m_tiles;
    QHash<QString, QWidget *> m_pages;
};

} // namespace stages
