#pragma once

#include "core/accounts/session.h"
#include "exercises/framework/exercise.h"

#include <QList>
#include <QString>

#include <memory>

class QWidget;

namespace stages {

class Clock;
class Database;
class DomainModule;
class ExerciseContent;
class ScreenServices;
class TaskScreen;

/// What a domain's screens need from the app.
struct ScreenContext
{
    const ExerciseContent &content;
    const Clock &clock;
    ScreenServices *services = nullptr; ///< may be null (tests, demos): screens then stay silent
};

/// What a domain's pupil page needs from the app.
struct PageContext
{
    Database &database;
    const Clock &clock;
    Session session;
    std::shared_ptr<const ExerciseContent> content;
    ScreenServices *services = nullptr;
};

/// A tile on the pupil's home and the page it opens (ownership of page passes to the home).
struct HomeTile
{
    QString key;
    QString title;
    QString icon; ///< name under :/icons/
    QString color; ///< "#RRGGBB"
    QWidget *page = nullptr;
};

/// The widget side of one exercise domain, next to its DomainModule (same id). The shared UI
/// (DomainPage, the warm-up) asks it for the screen of an exercise: the default is the shared
/// ExerciseScreen for every task whose AnswerKind it knows; a domain overrides createScreen()
/// for its Custom tasks (an instrument, a drawing canvas) and may give the shared screen a
/// voice (notes that sound when tapped). One generated list, allDomainViews(), holds them.
class DomainView
{
public:
    explicit DomainView(const DomainModule &module);
    virtual ~DomainView();

    const DomainModule &module() const { return m_module; }
    QString id() const;

    /// The screen for @p exercise (createScreen()) with the app's speaker lent to it, so every
    /// screen of every domain can read its words aloud; nullptr when the task cannot be shown.
    TaskScreen *makeScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const;
    /// The screen for @p exercise, or nullptr when this domain cannot show its task.
    virtual TaskScreen *createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const;
    /// The pupil's home tiles of this domain: its stage ladder (DomainPage), and any extras
    /// (free play on instruments). Empty while the domain is not available.
    virtual QList<HomeTile> homeTiles(const PageContext &context) const;
    /// A widget shown above the stage map (a "no sound" notice), or nullptr.
    virtual QWidget *createMapBanner(const PageContext &context, QWidget *parent) const;
    /// Called when the domain's page is shown (music starts its sound engine).
    virtual void pageShown(const PageContext &context) const;
    /// A view of a saved piece of work of artifact kind @p kind that this domain draws itself
    /// (a karate combination performed by a figure), for the teacher; nullptr otherwise.
    virtual QWidget *createArtifactView(const QString &kind, const QJsonObject &content,
                                        const ExerciseContent &exercises, QWidget *parent) const;

private:
    const DomainModule &m_module;
};

} // namespace stages
