//! The readiness model: questionnaire content, answers, scores, fit verdict, recommendations.
